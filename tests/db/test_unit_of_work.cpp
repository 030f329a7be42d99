// One user action is one transaction: SqlUnitOfWork over a fresh practice, a file and on the
// clinic server. The writes of an action commit together or not at all, actions nest, and signing
// a note (with the visit's re-screen and the diary's advisory) is one action even when its last
// write fails.
#include <gtest/gtest.h>
#include <stdexcept>
#include <boost/date_time/posix_time/posix_time.hpp>

#include "app/practice/practice_context.h"
#include "common/error.h"
#include "db/sql_stores.h"
#include "db/sql_unit_of_work.h"
#include "sessions/session_service.h"
#include "support/sample_note.h"
#include "support/treatment_consent.h"
#include "practice_on_backend.h"

namespace knotwork::db {
namespace {

using clients::ClientId;
using sessions::NoteId;
using sessions::SoapNote;

const Date kToday(2026, 11, 24);

class OneAction : public backends::OnBothBackends {
protected:
    ClientId addClient(const std::string& familyName)
    {
        clients::IntakeRecord record;
        record.client.familyName = familyName;
        record.client.givenNames = "Zoë";
        return m_context.clientService().saveIntake(record);
    }
    long long clientCount()
    {
        return m_context.clientService().clients().count({"", clients::ClientFilter::All}, kToday);
    }

    app::PracticeContext m_context{*m_database, "Maya", Clock::stoppedOn(kToday, boost::posix_time::hours(18))};
};

TEST_P(OneAction, ItsWritesAreCommittedTogetherWhenItReturns)
{
    m_context.unitOfWork().run([&] {
        addClient("Martin");
        addClient("Nowak");
    });
    EXPECT_EQ(clientCount(), 2);
}

TEST_P(OneAction, AFailureAnywhereLeavesNothingOfIt)
{
    EXPECT_THROW(m_context.unitOfWork().run([&] {
                     addClient("Martin");
                     addClient("Nowak");
                     throw StorageError("The disk is full.");
                 }),
                 StorageError);
    EXPECT_EQ(clientCount(), 0);
    // The practice is usable at once: the failed action left no transaction open.
    addClient("Okafor");
    EXPECT_EQ(clientCount(), 1);
}

TEST_P(OneAction, AnActionInsideAnotherJoinsIt)
{
    EXPECT_THROW(m_context.unitOfWork().run([&] {
                     m_context.unitOfWork().run([&] { addClient("Martin"); });
                     throw StorageError("The disk is full.");
                 }),
                 StorageError);
    EXPECT_EQ(clientCount(), 0) << "the inner action was undone with the outer one";
}

TEST_P(OneAction, AWriteRefusedInsideItIsUndoneAloneWhenTheActionGoesOn)
{
    m_context.unitOfWork().run([&] {
        addClient("Martin");
        clients::IntakeRecord stale;
        stale.client.id = 999;  // no such client: the store refuses, its savepoint is rolled back
        stale.client.familyName = "Nowak";
        EXPECT_THROW(m_context.clientService().saveIntake(stale), Error);
        addClient("Okafor");
    });
    EXPECT_EQ(clientCount(), 2);
}

TEST_P(OneAction, HandsBackWhatTheActionReturns)
{
    const ClientId id = m_context.unitOfWork().result([&] { return addClient("Martin"); });
    EXPECT_EQ(m_context.clientService().clients().chart(id).client.familyName, "Martin");
}

// The SQL note store, except that signing fails like a full disk: the last write of signing.
class SigningFails final : public sessions::SessionStore {
public:
    explicit SigningFails(sessions::SessionStore& store) : m_store(store) {}

    std::vector<sessions::NoteSummary> history(ClientId client) override { return m_store.history(client); }
    SoapNote note(NoteId id) override { return m_store.note(id); }
    std::vector<SoapNote> signedNotes(ClientId client, const Date& from, const Date& to) override
    {
        return m_store.signedNotes(client, from, to);
    }
    std::optional<SoapNote> latestSigned(ClientId client, const Date& onOrBefore) override
    {
        return m_store.latestSigned(client, onOrBefore);
    }
    std::vector<sessions::VisitFindings> findings(ClientId client) override { return m_store.findings(client); }
    std::map<ClientId, std::vector<sessions::VisitFindings>>
    findingsOfClients(const std::vector<ClientId>& clients) override
    {
        return m_store.findingsOfClients(clients);
    }
    std::optional<NoteId> draftOf(ClientId client) override { return m_store.draftOf(client); }
    std::vector<sessions::DraftRef> drafts() override { return m_store.drafts(); }
    NoteId createDraft(const SoapNote& note) override { return m_store.createDraft(note); }
    int saveDraft(const SoapNote& note) override { return m_store.saveDraft(note); }
    void sign(const SoapNote&) override { throw StorageError("The disk is full."); }
    void discardDraft(NoteId id, int rowVersion) override { m_store.discardDraft(id, rowVersion); }
    long long addAddendum(NoteId id, const sessions::Addendum& addendum) override
    {
        return m_store.addAddendum(id, addendum);
    }
    std::vector<NoteId> importNotes(std::span<const SoapNote> notes) override { return m_store.importNotes(notes); }

private:
    sessions::SessionStore& m_store;
};

TEST_P(OneAction, SigningThatFailsAtItsLastWriteLeavesNeitherTheReScreenNorTheSignature)
{
    const ClientId client = addClient("Martin");
    testing::consentToTreatment(m_context.clientService(), client);
    SigningFails failing(m_context.stores().sessions());
    SqlUnitOfWork actions(m_context.database());
    sessions::SessionService sessions(failing, m_context.clientService(), actions);

    const SoapNote draft = sessions.openNote(client, kToday, boost::posix_time::hours(10));
    SoapNote filled = testing::sampleNote(client, kToday);
    filled.id = draft.id;
    filled.rowVersion = draft.rowVersion;
    filled.rowVersion = sessions.saveDraft(filled);
    const std::size_t screeningsBefore = m_context.clientService().clients().chart(client).screenings.size();

    EXPECT_THROW(sessions.sign(filled.id, filled.rowVersion), StorageError);

    EXPECT_EQ(m_context.clientService().clients().chart(client).screenings.size(), screeningsBefore)
        << "the visit's re-screen is part of signing";
    const SoapNote after = sessions.note(filled.id);
    EXPECT_FALSE(after.signedNote());
    EXPECT_EQ(after.rowVersion, filled.rowVersion) << "nothing of the signing was saved";
    // With the disk back, the same note signs.
    const SoapNote signedNote = m_context.sessionService().sign(filled.id, filled.rowVersion);
    EXPECT_TRUE(signedNote.signedNote());
    EXPECT_EQ(m_context.clientService().clients().chart(client).screenings.size(), screeningsBefore + 1);
}

KNOTWORK_ON_BOTH_BACKENDS(OneAction);

} // namespace
} // namespace knotwork::db
