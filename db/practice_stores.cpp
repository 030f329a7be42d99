#include "db/practice_stores.h"

#include "db/sql_client_store.h"
#include "db/sql_disclosure_store.h"
#include "db/sql_provider_store.h"
#include "db/sql_plan_store.h"
#include "db/sql_session_store.h"
#include "db/sql_settings_store.h"

namespace knotwork::db {

struct PracticeStores::Stores {
    Stores(Database& database, const std::string& actor)
        : clients(database, actor), providers(database, actor), settings(database, actor),
          sessions(database, actor), plans(database, actor), disclosures(database, actor)
    {
    }
    SqlClientStore clients;
    SqlProviderStore providers;
    SqlSettingsStore settings;
    SqlSessionStore sessions;
    SqlPlanStore plans;
    SqlDisclosureStore disclosures;
};

PracticeStores::PracticeStores(Database& database, std::string actor, Clock clock)
    : m_stores(std::make_unique<Stores>(database, actor)),
      m_clientService(std::make_unique<clients::ClientService>(m_stores->clients, m_stores->providers,
                                                               m_stores->settings, std::move(clock))),
      m_sessionService(std::make_unique<sessions::SessionService>(m_stores->sessions, *m_clientService)),
      m_planService(std::make_unique<plans::PlanService>(m_stores->plans, *m_sessionService,
                                                         *m_clientService)),
      m_sharingService(std::make_unique<sharing::SharingService>(*m_clientService, *m_sessionService,
                                                                 *m_planService, m_stores->disclosures))
{
}

PracticeStores::~PracticeStores() = default;

clients::ClientStore& PracticeStores::clientStore()
{
    return m_stores->clients;
}

clients::ProviderStore& PracticeStores::providerStore()
{
    return m_stores->providers;
}

clients::SettingsStore& PracticeStores::settingsStore()
{
    return m_stores->settings;
}

plans::PlanStore& PracticeStores::planStore()
{
    return m_stores->plans;
}

sessions::SessionStore& PracticeStores::sessionStore()
{
    return m_stores->sessions;
}

} // namespace knotwork::db
