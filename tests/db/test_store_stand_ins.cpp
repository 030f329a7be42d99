// The in-memory stores of tests/support stand in for the SQL stores in the domain's rule tests
// (tests/clients, tests/sessions). The part of the stores' contract those rules rely on is
// checked here on both, so that a rule passing on the stand-ins passes on the practice file.
#include <gtest/gtest.h>

#include "common/error.h"
#include "db/practice_opener.h"
#include "db/sql_stores.h"
#include "support/in_memory_client_store.h"
#include "support/in_memory_provider_store.h"
#include "support/in_memory_session_store.h"
#include "support/in_memory_settings_store.h"
#include "support/new_client.h"
#include "support/sample_note.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using namespace knotwork::sessions;
using clients::ClientId;

const Date kToday(2026, 11, 23);
const char* const kActor = "Maya";

class SqlPractice {
public:
    SqlPractice()
        : m_database(openPractice(m_dir / "practice.sqlite", OpenMode::CreateIfMissing, "setup").database),
          m_stores(*m_database, kActor)
    {
    }
    clients::ClientStore& clients() { return m_stores.clients(); }
    clients::ProviderStore& providers() { return m_stores.providers(); }
    clients::SettingsStore& settings() { return m_stores.settings(); }
    SessionStore& sessions() { return m_stores.sessions(); }

private:
    knotwork::testing::TempDir m_dir;
    std::unique_ptr<Database> m_database;
    SqlStores m_stores;
};

class InMemoryPractice {
public:
    clients::ClientStore& clients() { return m_clients; }
    clients::ProviderStore& providers() { return m_providers; }
    clients::SettingsStore& settings() { return m_settings; }
    SessionStore& sessions() { return m_sessions; }

private:
    knotwork::testing::InMemoryClientStore m_clients{kActor};
    knotwork::testing::InMemoryProviderStore m_providers;
    knotwork::testing::InMemorySettingsStore m_settings{m_clients};
    knotwork::testing::InMemorySessionStore m_sessions{m_clients, Clock::stoppedOn(kToday)};
};

template <typename Practice>
class StoreContract : public ::testing::Test {
protected:
    ClientId addClient(const std::string& family)
    {
        return m_practice.clients().saveIntake(knotwork::testing::newClient(family, "Zoë"), std::nullopt, {});
    }

    // A signed note of the client, straight through the store.
    NoteId signedNote(ClientId client, const Date& visit)
    {
        SoapNote note = knotwork::testing::sampleNote(client, visit);
        note.id = m_practice.sessions().createDraft(note);
        note.rowVersion = 1;
        note.status = NoteStatus::Signed;
        note.signedAt = Timestamp::fromIso8601("2026-11-23T12:00:00Z");
        note.signedBy = "Maya Lindqvist, RMT";
        m_practice.sessions().sign(note);
        return note.id;
    }

    Practice m_practice;
};

using Practices = ::testing::Types<SqlPractice, InMemoryPractice>;
class PracticeNames {
public:
    template <typename Practice>
    static std::string GetName(int)
    {
        return std::is_same_v<Practice, SqlPractice> ? "Sql" : "InMemory";
    }
};
TYPED_TEST_SUITE(StoreContract, Practices, PracticeNames);

TYPED_TEST(StoreContract, ClientsGetIdsAndAStaleWriteIsAConflict)
{
    clients::ClientStore& store = this->m_practice.clients();
    const ClientId id = this->addClient("Martin");
    EXPECT_GT(id, 0);
    EXPECT_NE(this->addClient("Nowak"), id);
    clients::IntakeRecord record = store.chart(id).intakeRecord();
    EXPECT_EQ(record.client.rowVersion, 1);
    clients::IntakeRecord stale = record;
    record.client.phone = "416 555 0100";
    store.saveIntake(record, std::nullopt, {});
    EXPECT_EQ(store.chart(id).client.rowVersion, 2);
    stale.client.phone = "416 555 0199";
    EXPECT_THROW(store.saveIntake(stale, std::nullopt, {}), ConflictError);
    EXPECT_THROW(store.setArchived(id, 1, kToday, "Moved away"), ConflictError);
    EXPECT_EQ(store.chart(id).client.phone, "416 555 0100");
    EXPECT_FALSE(store.chart(id).client.archived);
    EXPECT_THROW(store.chart(999), NotFoundError);
    EXPECT_THROW(store.addConsent(999, {}), NotFoundError);
}

TYPED_TEST(StoreContract, RecordsAreSignedByTheActorAndKeptOnceWritten)
{
    clients::ClientStore& store = this->m_practice.clients();
    const ClientId id = this->addClient("Martin");
    clients::Screening screening;
    screening.screenedAt = Timestamp::fromIso8601("2026-11-23T10:00:00Z");
    screening.kind = clients::ScreeningKind::Visit;
    screening.issues = {clients::SafetyIssue::VisionChanges};
    store.addScreening(id, screening, {});
    EXPECT_EQ(store.chart(id).screenings.at(0).screenedBy, kActor);
    clients::Consent consent;
    consent.givenOn = kToday;
    consent.wordingVersion = "2024-1";
    const long long consentId = store.addConsent(id, consent);
    store.revokeConsent(id, consentId, kToday);
    EXPECT_EQ(store.chart(id).consents.at(0).revokedOn, kToday);
    EXPECT_THROW(store.revokeConsent(id, consentId, kToday), ConflictError);
    EXPECT_THROW(store.remove(id, store.chart(id).client.rowVersion), ConflictError);
    store.remove(this->addClient("Mistake"), 1);
}

TYPED_TEST(StoreContract, StaleProvidersAndSettingsAreConflicts)
{
    clients::Provider provider;
    provider.name = "Dr Amara Okafor";
    provider.id = this->m_practice.providers().add(provider);
    provider.rowVersion = 1;
    this->m_practice.providers().update(provider);
    EXPECT_THROW(this->m_practice.providers().update(provider), ConflictError);
    EXPECT_THROW(this->m_practice.providers().get(999), NotFoundError);
    clients::PracticeSettings settings = this->m_practice.settings().load();
    this->m_practice.settings().save(settings, std::nullopt);
    EXPECT_THROW(this->m_practice.settings().save(settings, std::nullopt), ConflictError);
}

TYPED_TEST(StoreContract, AClientHasOneDraftAndASignedNoteRefusesChanges)
{
    SessionStore& store = this->m_practice.sessions();
    const ClientId client = this->addClient("Martin");
    SoapNote draft = knotwork::testing::sampleNote(client, kToday);
    draft.id = store.createDraft(draft);
    draft.rowVersion = 1;
    EXPECT_EQ(store.draftOf(client), draft.id);
    EXPECT_THROW(store.createDraft(knotwork::testing::sampleNote(client, kToday)), ConflictError);
    EXPECT_THROW(store.createDraft(knotwork::testing::sampleNote(999, kToday)), NotFoundError);
    EXPECT_THROW(store.addAddendum(draft.id, {0, Timestamp::fromIso8601("2026-11-23T15:00:00Z"), "Maya", "x"}),
                 ConflictError);
    SoapNote stale = draft;
    draft.rowVersion = store.saveDraft(draft);
    EXPECT_EQ(draft.rowVersion, 2);
    EXPECT_THROW(store.saveDraft(stale), ConflictError);
    EXPECT_THROW(store.discardDraft(draft.id, stale.rowVersion), ConflictError);
    store.discardDraft(draft.id, draft.rowVersion);
    EXPECT_FALSE(store.draftOf(client));
    EXPECT_THROW(store.note(draft.id), NotFoundError);

    const NoteId id = this->signedNote(client, kToday);
    SoapNote signedNote = store.note(id);
    EXPECT_EQ(signedNote.status, NoteStatus::Signed);
    signedNote.subjective.headacheDays = 0;
    EXPECT_THROW(store.saveDraft(signedNote), ConflictError);
    EXPECT_THROW(store.sign(signedNote), ConflictError);
    EXPECT_THROW(store.discardDraft(id, signedNote.rowVersion), ConflictError);
    EXPECT_EQ(store.note(id).subjective.headacheDays, 4);
    EXPECT_GT(store.addAddendum(id, {0, Timestamp::fromIso8601("2026-11-23T15:00:00Z"), "Maya", "Later"}), 0);
    EXPECT_EQ(store.note(id).addenda.at(0).text, "Later");
}

TYPED_TEST(StoreContract, HistoryIsNewestFirstAndSigningSetsTheLastVisit)
{
    SessionStore& store = this->m_practice.sessions();
    const ClientId client = this->addClient("Martin");
    const Date lastWeek = kToday - boost::gregorian::days(7);
    const NoteId older = this->signedNote(client, lastWeek);
    const NoteId newer = this->signedNote(client, kToday);
    const std::vector<NoteSummary> history = store.history(client);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].id, newer);
    EXPECT_EQ(history[1].id, older);
    EXPECT_EQ(history[0].headacheDays, 4);
    const std::vector<VisitFindings> findings = store.findings(client);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].noteId, older);
    EXPECT_EQ(store.latestSigned(client, kToday - boost::gregorian::days(1))->id, older);
    EXPECT_EQ(store.signedNotes(client, lastWeek, kToday).size(), 2u);
    EXPECT_EQ(this->m_practice.clients().page({}, kToday, 0, 10).at(0).lastVisit, kToday);
}

} // namespace
} // namespace knotwork::db
