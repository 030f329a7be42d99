// The stores' contract checked on the SQL stores, on a practice file and on a clinic server, and
// on the in-memory stand-ins of tests/support: a practice of each kind, and the typed fixture every
// contract test runs on.
#pragma once

#include <gtest/gtest.h>

#include "common/error.h"
#include "db/practice_opener.h"
#include "db/sql_stores.h"
#include "support/in_memory_billing_store.h"
#include "support/in_memory_client_store.h"
#include "support/in_memory_disclosure_store.h"
#include "support/in_memory_plan_store.h"
#include "support/in_memory_provider_store.h"
#include "support/in_memory_schedule_store.h"
#include "support/in_memory_session_store.h"
#include "support/in_memory_settings_store.h"
#include "support/new_client.h"
#include "support/sample_measure.h"
#include "support/sample_note.h"
#include "support/scratch_server_database.h"
#include "support/temp_dir.h"

namespace knotwork::db::contract {

using clients::ClientId;

inline const Date kToday(2026, 11, 23);
inline constexpr const char* kActor = "Maya";

// The SQL stores over a database opened as the front ends open it.
class SqlStoresPractice {
public:
    explicit SqlStoresPractice(std::unique_ptr<Database> database)
        : m_database(std::move(database)), m_stores(*m_database, kActor)
    {
    }
    clients::ClientStore& clients() { return m_stores.clients(); }
    clients::ProviderStore& providers() { return m_stores.providers(); }
    clients::SettingsStore& settings() { return m_stores.settings(); }
    sessions::SessionStore& sessions() { return m_stores.sessions(); }
    plans::PlanStore& plans() { return m_stores.plans(); }
    disclosures::DisclosureStore& disclosures() { return m_stores.disclosures(); }
    schedule::ScheduleStore& schedule() { return m_stores.schedule(); }
    billing::BillingStore& billing() { return m_stores.billing(); }

private:
    std::unique_ptr<Database> m_database;
    SqlStores m_stores;
};

// A practice file (SQLite).
class FilePractice {
protected:
    knotwork::testing::TempDir m_dir;
};
class SqlPractice : private FilePractice, public SqlStoresPractice {
public:
    SqlPractice()
        : SqlStoresPractice(openPractice(m_dir / "practice.sqlite", OpenMode::CreateIfMissing, "setup").database)
    {
    }
};

// A practice on the test server (PostgreSQL).
class ServerDatabase {
protected:
    knotwork::testing::ScratchServerDatabase m_scratch;
};
class ServerPractice : private ServerDatabase, public SqlStoresPractice {
public:
    ServerPractice()
        : SqlStoresPractice(
              openPractice(ServerAddress::parse(m_scratch.uri()), OpenMode::CreateIfMissing, "setup").database)
    {
    }
};

class InMemoryPractice {
public:
    clients::ClientStore& clients() { return m_clients; }
    clients::ProviderStore& providers() { return m_providers; }
    clients::SettingsStore& settings() { return m_settings; }
    sessions::SessionStore& sessions() { return m_sessions; }
    plans::PlanStore& plans() { return m_plans; }
    disclosures::DisclosureStore& disclosures() { return m_disclosures; }
    schedule::ScheduleStore& schedule() { return m_schedule; }
    billing::BillingStore& billing() { return m_billing; }

private:
    knotwork::testing::InMemoryClientStore m_clients{kActor};
    knotwork::testing::InMemoryProviderStore m_providers;
    knotwork::testing::InMemorySettingsStore m_settings{m_clients};
    knotwork::testing::InMemorySessionStore m_sessions{m_clients, Clock::stoppedOn(kToday)};
    knotwork::testing::InMemoryPlanStore m_plans{m_clients, m_sessions, Clock::stoppedOn(kToday)};
    knotwork::testing::InMemoryDisclosureStore m_disclosures{kActor};
    knotwork::testing::InMemoryScheduleStore m_schedule{m_clients, Clock::stoppedOn(kToday)};
    knotwork::testing::InMemoryBillingStore m_billing{m_clients, Clock::stoppedOn(kToday)};
};

template <typename Practice>
class StoreContract : public ::testing::Test {
protected:
    ClientId addClient(const std::string& family)
    {
        return m_practice.clients().saveIntake(knotwork::testing::newClient(family, "Zoë"), std::nullopt, {});
    }

    // A signed note of the client, straight through the store.
    sessions::NoteId signedNote(ClientId client, const Date& visit)
    {
        sessions::SoapNote note = knotwork::testing::sampleNote(client, visit);
        note.id = m_practice.sessions().createDraft(note);
        note.rowVersion = 1;
        note.status = sessions::NoteStatus::Signed;
        note.signedAt = Timestamp::fromIso8601("2026-11-23T12:00:00Z");
        note.signedBy = "Maya Lindqvist, RMT";
        m_practice.sessions().sign(note);
        return note.id;
    }

    // An active plan of two phases and one goal, reviewed on `review`.
    plans::PlanId addPlan(ClientId client, const Date& start, const Date& review)
    {
        plans::TreatmentPlan plan;
        plan.clientId = client;
        plan.startDate = start;
        plan.reviewDate = review;
        plan.phaseStartedOn = start;
        plan.phases = {{1, std::nullopt, 6}, {2, std::nullopt, 6}};
        plan.goals.emplace_back().id = 1;
        return m_practice.plans().addPlan(plan);
    }

    Practice m_practice;
};

using Practices = ::testing::Types<SqlPractice, ServerPractice, InMemoryPractice>;
class PracticeNames {
public:
    template <typename Practice>
    static std::string GetName(int)
    {
        if constexpr (std::is_same_v<Practice, SqlPractice>)
            return "Sql";
        else if constexpr (std::is_same_v<Practice, ServerPractice>)
            return "Server";
        else
            return "InMemory";
    }
};

} // namespace knotwork::db::contract
