#pragma once

#include <memory>
#include <string>

#include "billing/billing_store.h"
#include "clients/client_store.h"
#include "clients/provider_store.h"
#include "clients/settings_store.h"
#include "db/database.h"
#include "disclosures/disclosure_store.h"
#include "plans/plan_store.h"
#include "schedule/reminder_store.h"
#include "schedule/schedule_store.h"
#include "sessions/session_store.h"

namespace knotwork::db {

// The SQL implementation of every store a practice has, over one open database. `actor` signs
// the audit rows. Building services over them is the composition root's work (app/practice).
class SqlStores {
public:
    SqlStores(Database& database, const std::string& actor);
    ~SqlStores();
    SqlStores(const SqlStores&) = delete;
    SqlStores& operator=(const SqlStores&) = delete;

    clients::ClientStore& clients();
    clients::ProviderStore& providers();
    clients::SettingsStore& settings();
    sessions::SessionStore& sessions();
    plans::PlanStore& plans();
    disclosures::DisclosureStore& disclosures();
    schedule::ScheduleStore& schedule();
    schedule::ReminderStore& reminders();
    billing::BillingStore& billing();

private:
    struct Stores;
    std::unique_ptr<Stores> m_stores;
};

} // namespace knotwork::db
