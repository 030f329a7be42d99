#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "billing/billing_service.h"
#include "clients/client_service.h"
#include "common/clock.h"
#include "common/practice_user.h"
#include "common/service_set.h"
#include "common/unit_of_work.h"
#include "db/database.h"
#include "db/practice_opener.h"
#include "db/sql_retention_queries.h"
#include "db/sql_stores.h"
#include "db/sql_unit_of_work.h"
#include "demo/demo_practice.h"
#include "plans/plan_service.h"
#include "safekeeping/retention_service.h"
#include "schedule/book_settings_service.h"
#include "schedule/recall_service.h"
#include "schedule/schedule_service.h"
#include "sessions/session_service.h"
#include "sharing/sharing_service.h"

namespace knotwork::app {

// One open practice and everything a front end works with: the services, the UnitOfWork that
// makes one user action one transaction, and (for the demo practice and tests) the stores.
// `actor` signs the audit rows, on a practice file; on a clinic server the login does, and a
// therapist's account signs the notes (issue 26). `clock` is what every service reads for now and today.
class PracticeContext {
public:
    // Opens the practice in `file`: checks it (when, `check` says: db::FileCheck), refuses one
    // from a newer Knotwork, creates or upgrades the schema, and finishes the documents a killed
    // process left half-written. `passphrase` opens an encrypted practice (PassphraseError when it
    // is needed or wrong).
    PracticeContext(const std::filesystem::path& file, db::OpenMode mode, const std::string& actor,
                    Clock clock, const std::string& passphrase = {}, db::FileCheck check = db::FileCheck::AtOpen);
    // Opens the practice on the clinic server `server` the same way (db::Database::connect).
    PracticeContext(const db::ServerAddress& server, db::OpenMode mode, const std::string& actor, Clock clock);
    // Over a practice someone else opened and keeps open.
    PracticeContext(db::Database& database, const std::string& actor, Clock clock);
    ~PracticeContext();
    PracticeContext(const PracticeContext&) = delete;
    PracticeContext& operator=(const PracticeContext&) = delete;

    db::Database& database() { return m_database; }
    // Who signs the audit rows of this practice's actions: on a server, the login.
    const std::string& actor() const { return m_actor; }
    // On a clinic server, the login's account; nullopt on a file and for a login without one
    // (the practice's owner), where the practice settings' therapist signs.
    const std::optional<PracticeUser>& account() const { return m_account; }
    // Set when opening upgraded an older practice: where its pre-upgrade copy was written.
    const std::optional<std::filesystem::path>& backupBeforeUpgrade() const { return m_backupBeforeUpgrade; }

    // The record chain (db/record_keys.h). A practice whose key is missing reads, but refuses
    // writes (RecordKeyMissingError) until restoreRecordKey or replaceRecordKey.
    bool recordKeyMissing() const;
    // The recovery code of a plain practice's key, until markRecoveryCodeShown: show it once.
    std::optional<std::string> pendingRecoveryCode() const;
    void markRecoveryCodeShown();
    // ValidationError (field "recovery_code") when the code is not one of this practice's keys.
    void restoreRecordKey(const std::string& recoveryCode);
    // Starts a new key; returns its recovery code, to be shown now.
    std::string replaceRecordKey();
    // The newest link (what a PDF prints as its witness); nullopt before the chain has started.
    std::optional<integrity::ChainHead> chainHead();

    clients::ClientService& clientService() { return *m_clientService; }
    sessions::SessionService& sessionService() { return *m_sessionService; }
    plans::PlanService& planService() { return *m_planService; }
    sharing::SharingService& sharingService() { return *m_sharingService; }
    safekeeping::RetentionService& retentionService() { return *m_retentionService; }
    schedule::ScheduleService& scheduleService() { return *m_scheduleService; }
    schedule::BookSettingsService& bookSettingsService() { return *m_bookSettingsService; }
    schedule::RecallService& recallService() { return *m_recallService; }
    billing::BillingService& billingService() { return *m_billingService; }
    UnitOfWork& unitOfWork() { return m_unitOfWork; }
    // The services, for the GUI's features to find by type.
    ServiceSet services();

    // Where the demo practice and benchmarks write many records at once, below the services.
    db::SqlStores& stores() { return m_stores; }
    demo::DemoStores demoStores();

private:
    // Finishes or removes the documents a process killed while writing them left behind, once the
    // practice can be written to.
    void finishInterruptedFiles();
    // Owns `opened.database` when it is set, else works over `borrowed`.
    PracticeContext(db::OpenedPractice opened, db::Database* borrowed, const std::string& actor, Clock clock);

    std::unique_ptr<db::Database> m_ownDatabase;
    db::Database& m_database;
    std::string m_actor;
    std::optional<PracticeUser> m_account;
    std::optional<std::filesystem::path> m_backupBeforeUpgrade;
    db::SqlStores m_stores;
    db::SqlUnitOfWork m_unitOfWork;
    std::unique_ptr<clients::ClientService> m_clientService;
    std::unique_ptr<sessions::SessionService> m_sessionService;
    std::unique_ptr<plans::PlanService> m_planService;
    std::unique_ptr<sharing::SharingService> m_sharingService;
    db::SqlRetentionQueries m_retentionQueries;
    std::unique_ptr<safekeeping::RetentionService> m_retentionService;
    std::unique_ptr<schedule::ScheduleService> m_scheduleService;
    std::unique_ptr<schedule::BookSettingsService> m_bookSettingsService;
    std::unique_ptr<schedule::RecallService> m_recallService;
    std::unique_ptr<billing::BillingService> m_billingService;
};

} // namespace knotwork::app
