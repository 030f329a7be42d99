#include "db/sql_stores.h"

#include "db/sql_billing_store.h"
#include "db/sql_client_store.h"
#include "db/sql_disclosure_store.h"
#include "db/sql_plan_store.h"
#include "db/sql_provider_store.h"
#include "db/sql_reminder_store.h"
#include "db/sql_schedule_store.h"
#include "db/sql_session_store.h"
#include "db/sql_settings_store.h"

namespace knotwork::db {

struct SqlStores::Stores {
    Stores(Database& database, const std::string& actor)
        : clients(database, actor), providers(database, actor), settings(database, actor),
          sessions(database, actor), plans(database, actor), disclosures(database, actor),
          schedule(database, actor), reminders(database, actor), billing(database, actor)
    {
    }
    SqlClientStore clients;
    SqlProviderStore providers;
    SqlSettingsStore settings;
    SqlSessionStore sessions;
    SqlPlanStore plans;
    SqlDisclosureStore disclosures;
    SqlScheduleStore schedule;
    SqlReminderStore reminders;
    SqlBillingStore billing;
};

SqlStores::SqlStores(Database& database, const std::string& actor)
    : m_stores(std::make_unique<Stores>(database, actor))
{
}

SqlStores::~SqlStores() = default;

clients::ClientStore& SqlStores::clients()
{
    return m_stores->clients;
}

clients::ProviderStore& SqlStores::providers()
{
    return m_stores->providers;
}

clients::SettingsStore& SqlStores::settings()
{
    return m_stores->settings;
}

sessions::SessionStore& SqlStores::sessions()
{
    return m_stores->sessions;
}

plans::PlanStore& SqlStores::plans()
{
    return m_stores->plans;
}

disclosures::DisclosureStore& SqlStores::disclosures()
{
    return m_stores->disclosures;
}

schedule::ScheduleStore& SqlStores::schedule()
{
    return m_stores->schedule;
}

schedule::ReminderStore& SqlStores::reminders()
{
    return m_stores->reminders;
}

billing::BillingStore& SqlStores::billing()
{
    return m_stores->billing;
}

} // namespace knotwork::db
