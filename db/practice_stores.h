#pragma once

#include <memory>
#include <string>

#include "clients/client_service.h"
#include "common/clock.h"
#include "db/database.h"
#include "plans/plan_service.h"
#include "sessions/session_service.h"
#include "sharing/sharing_service.h"

namespace knotwork::db {

// The SQL implementations of every store a practice has, and the services over them: what a
// front end (the app, the CLI) wires up once a practice is open. `actor` signs the audit rows;
// `clock` is what every service reads for now and today.
class PracticeStores {
public:
    PracticeStores(Database& database, std::string actor, Clock clock);
    ~PracticeStores();
    PracticeStores(const PracticeStores&) = delete;
    PracticeStores& operator=(const PracticeStores&) = delete;

    clients::ClientStore& clientStore();
    clients::ProviderStore& providerStore();
    clients::SettingsStore& settingsStore();
    clients::ClientService& clientService() { return *m_clientService; }
    sessions::SessionStore& sessionStore();
    sessions::SessionService& sessionService() { return *m_sessionService; }
    plans::PlanStore& planStore();
    plans::PlanService& planService() { return *m_planService; }
    sharing::SharingService& sharingService() { return *m_sharingService; }

private:
    struct Stores;
    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<clients::ClientService> m_clientService;
    std::unique_ptr<sessions::SessionService> m_sessionService;
    std::unique_ptr<plans::PlanService> m_planService;
    std::unique_ptr<sharing::SharingService> m_sharingService;
};

} // namespace knotwork::db
