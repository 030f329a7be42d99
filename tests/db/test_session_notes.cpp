// The SQL session store on a fresh practice, a file and on the clinic server: notes come back
// whole, drafts autosave, signed notes and addenda are append-only in the database itself, and a
// killed process loses nothing that was saved.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

#include "common/error.h"
#include "db/practice_opener.h"
#include "app/practice/practice_context.h"
#include "db/write_transaction.h"
#include "support/sample_note.h"
#include "practice_on_backend.h"

namespace knotwork::db {
namespace {

using namespace knotwork::sessions;
using clients::ClientId;
using ::testing::HasSubstr;

const Date kVisit(2026, 11, 20);

ClientId addClient(app::PracticeContext& stores, const std::string& family)
{
    clients::IntakeRecord record;
    record.client.familyName = family;
    record.client.givenNames = "Zoë";
    return stores.clientService().saveIntake(record);
}

class SessionStoreTest : public backends::OnBothBackends {
protected:
    SessionStoreTest()
        : m_stores(*m_database, "Maya", Clock::stoppedOn(kVisit)),
          m_store(m_stores.stores().sessions()),
          m_client(addClient(m_stores, "Martin"))
    {
    }

    // A signed note of the client, straight through the store.
    NoteId signedNote(const Date& visit)
    {
        SoapNote note = testing::sampleNote(m_client, visit);
        note.id = m_store.createDraft(note);
        note.rowVersion = 1;
        note.status = NoteStatus::Signed;
        note.signedAt = Timestamp::fromIso8601("2026-11-20T12:00:00Z");
        note.signedBy = "Maya Lindqvist, RMT";
        m_store.sign(note);
        return note.id;
    }

    std::string count(const std::string& sql) { return m_practice.query(sql); }

    app::PracticeContext m_stores;
    SessionStore& m_store;
    ClientId m_client;
};

TEST_P(SessionStoreTest, AFullNoteComesBackExactly)
{
    SoapNote note = testing::sampleNote(m_client, kVisit);
    note.subjective.rescreen[clients::SafetyIssue::VisionChanges] = true;
    note.kind = NoteKind::Referral;
    note.carriedForward = {"plan.techniques"};
    const NoteId id = m_store.createDraft(note);
    const SoapNote read = m_store.note(id);
    EXPECT_EQ(read.visitDate, kVisit);
    EXPECT_EQ(read.visitTime, note.visitTime);
    EXPECT_EQ(read.subjective, note.subjective);
    EXPECT_EQ(read.kind, NoteKind::Referral);
    EXPECT_EQ(m_store.history(m_client).front().kind, NoteKind::Referral);
    EXPECT_EQ(read.objective, note.objective);
    EXPECT_EQ(read.assessment, note.assessment);
    EXPECT_EQ(read.plan, note.plan);
    EXPECT_EQ(read.carriedForward, note.carriedForward);
    EXPECT_EQ(read.status, NoteStatus::Draft);
    EXPECT_EQ(read.rowVersion, 1);
    EXPECT_THROW(m_store.note(id + 100), NotFoundError);
}

TEST_P(SessionStoreTest, HistoryIsNewestFirstFromTheSummaryColumns)
{
    signedNote(kVisit - boost::gregorian::days(14));
    signedNote(kVisit - boost::gregorian::days(7));
    SoapNote draft = testing::sampleNote(m_client, kVisit);
    draft.subjective.headacheDays = 1;
    m_store.createDraft(draft);
    const auto history = m_store.history(m_client);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[0].visitDate, kVisit);
    EXPECT_EQ(history[0].status, NoteStatus::Draft);
    EXPECT_EQ(history[0].headacheDays, 1);
    EXPECT_EQ(history[1].visitDate, kVisit - boost::gregorian::days(7));
    EXPECT_EQ(history[1].status, NoteStatus::Signed);
    EXPECT_EQ(history[1].rotationLeft, 70);
    EXPECT_EQ(history[1].worstIntensity, 7);
    EXPECT_TRUE(history[1].signedAt);
    EXPECT_EQ(m_store.latestSigned(m_client, kVisit)->visitDate, kVisit - boost::gregorian::days(7));
    EXPECT_FALSE(m_store.latestSigned(m_client, kVisit - boost::gregorian::days(15)));
}

TEST_P(SessionStoreTest, AClientHasOneDraftAtATimeAndEveryDraftIsListed)
{
    const NoteId draft = m_store.createDraft(testing::sampleNote(m_client, kVisit));
    EXPECT_THROW(m_store.createDraft(testing::sampleNote(m_client, kVisit)), ConflictError);
    const std::string columns = "client_id, visit_date, visit_time, status, body, diary_days, headache_days, "
                                "average_intensity, worst_intensity, rotation_left, rotation_right, "
                                "carried_from_note_id, created_at, updated_at, signed_at, signed_by, late_entry, "
                                "override_reason, row_version";
    EXPECT_THROW(count("INSERT INTO session_notes (" + columns + ") SELECT " + columns + " FROM session_notes"),
                 std::runtime_error);
    const ClientId other = addClient(m_stores, "Nguyễn");
    m_store.createDraft(testing::sampleNote(other, kVisit));
    const auto drafts = m_store.drafts();
    ASSERT_EQ(drafts.size(), 2u);
    EXPECT_THAT((std::vector{drafts[0].clientName, drafts[1].clientName}),
                ::testing::UnorderedElementsAre("Zoë Martin", "Zoë Nguyễn"));
    EXPECT_EQ(m_store.draftOf(m_client), draft);
}

TEST_P(SessionStoreTest, AutosaveIsNotAuditedButCreatingSigningAndDiscardingAre)
{
    SoapNote note = testing::sampleNote(m_client, kVisit);
    note.id = m_store.createDraft(note);
    note.rowVersion = 1;
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'note'"), "1");
    for (int headacheDays = 0; headacheDays < 5; ++headacheDays) {
        note.subjective.headacheDays = headacheDays;
        note.rowVersion = m_store.saveDraft(note);
    }
    EXPECT_EQ(m_store.note(note.id).subjective.headacheDays, 4);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'note'"), "1");
    m_store.discardDraft(note.id, note.rowVersion);
    EXPECT_THROW(m_store.note(note.id), NotFoundError);
    EXPECT_EQ(count("SELECT action FROM audit_log WHERE entity = 'note' ORDER BY id DESC"), "discard");
    EXPECT_THAT(count("SELECT before_state FROM audit_log WHERE action = 'discard'"),
                HasSubstr("\"headache_days\":4")) << "a discarded draft stays readable in the trail";
    signedNote(kVisit);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'note' AND action = 'sign'"), "1");
}

TEST_P(SessionStoreTest, AStaleAutosaveIsAConflictAndOverwritesNothing)
{
    SoapNote note = testing::sampleNote(m_client, kVisit);
    note.id = m_store.createDraft(note);
    note.rowVersion = 1;
    SoapNote otherWindow = note;
    note.subjective.headacheDays = 9;
    note.rowVersion = m_store.saveDraft(note);
    otherWindow.subjective.headacheDays = 2;
    EXPECT_THROW(m_store.saveDraft(otherWindow), ConflictError);
    EXPECT_EQ(m_store.note(note.id).subjective.headacheDays, 9);
}

TEST_P(SessionStoreTest, TheStoreRefusesToChangeASignedNote)
{
    const NoteId id = signedNote(kVisit);
    SoapNote note = m_store.note(id);
    note.subjective.headacheDays = 0;
    try {
        m_store.saveDraft(note);
        FAIL() << "a signed note was changed";
    } catch (const ConflictError& error) {
        EXPECT_THAT(error.what(), HasSubstr("Corrections are added as addenda"));
    }
    EXPECT_THROW(m_store.sign(note), ConflictError);
    EXPECT_THROW(m_store.discardDraft(id, note.rowVersion), ConflictError);
    EXPECT_EQ(m_store.note(id).subjective.headacheDays, 4);
}

TEST_P(SessionStoreTest, TheDatabaseRefusesToChangeASignedNoteWhateverTheProgram)
{
    const NoteId id = signedNote(kVisit);
    const std::string where = " WHERE id = " + std::to_string(id);
    for (const std::string& sql : {"UPDATE session_notes SET body = '{}'" + where,
                                   "UPDATE session_notes SET status = 'draft'" + where,
                                   "UPDATE session_notes SET signed_by = 'someone else'" + where,
                                   "DELETE FROM session_notes" + where}) {
        try {
            count(sql);
            FAIL() << "the database accepted: " << sql;
        } catch (const std::runtime_error& error) {
            EXPECT_THAT(error.what(), HasSubstr("signed session note")) << sql;
        }
    }
    EXPECT_EQ(m_store.note(id).subjective.headacheDays, 4);
}

TEST_P(SessionStoreTest, AddendaAreAppendOnlyAndOnlyOnSignedNotes)
{
    const NoteId id = signedNote(kVisit);
    m_store.addAddendum(id, {0, Timestamp::fromIso8601("2026-11-21T09:00:00Z"), "Maya", "First"});
    m_store.addAddendum(id, {0, Timestamp::fromIso8601("2026-11-22T09:00:00Z"), "Maya", "Second"});
    const SoapNote note = m_store.note(id);
    ASSERT_EQ(note.addenda.size(), 2u);
    EXPECT_EQ(note.addenda[0].text, "First");
    EXPECT_EQ(note.addenda[1].text, "Second");
    EXPECT_EQ(m_store.history(m_client).front().addendumCount, 2);
    EXPECT_THROW(count("UPDATE note_addenda SET text = 'changed'"), std::runtime_error);
    EXPECT_THROW(count("DELETE FROM note_addenda"), std::runtime_error);

    const NoteId draft = m_store.createDraft(testing::sampleNote(m_client, kVisit));
    EXPECT_THROW(m_store.addAddendum(draft, {0, Timestamp::fromIso8601("2026-11-20T15:00:00Z"), "Maya", "On a draft"}), ConflictError);
    EXPECT_THROW(count("INSERT INTO note_addenda (note_id, written_at, author, text) VALUES (" +
                       std::to_string(draft) + ", '2026-11-22T09:00:00Z', 'Maya', 'raw')"),
                 std::runtime_error);
    EXPECT_EQ(count("SELECT COUNT(*) FROM note_addenda"), "2");
}

TEST_P(SessionStoreTest, SigningSetsTheClientsLastVisit)
{
    const clients::ClientQuery query;
    EXPECT_FALSE(m_stores.stores().clients().page(query, kVisit, 0, 10).front().lastVisit);
    signedNote(kVisit - boost::gregorian::days(2));
    EXPECT_EQ(m_stores.stores().clients().page(query, kVisit, 0, 10).front().lastVisit,
              kVisit - boost::gregorian::days(2));
    EXPECT_EQ(count("SELECT last_visit_on FROM clients WHERE id = " + std::to_string(m_client)),
              isoDate(kVisit - boost::gregorian::days(2)));
}

TEST_P(SessionStoreTest, ImportedNotesSetTheLastVisitAndKeepTheirAddenda)
{
    std::vector<SoapNote> notes;
    for (int week = 3; week >= 1; --week) {
        SoapNote note = testing::sampleNote(m_client, kVisit - boost::gregorian::weeks(week));
        note.status = NoteStatus::Signed;
        note.signedAt = Timestamp::fromIso8601("2026-11-01T12:00:00Z");
        note.signedBy = "Maya";
        notes.push_back(note);
    }
    notes.back().addenda.push_back({0, Timestamp::fromIso8601("2026-11-15T12:00:00Z"), "Maya", "Late call"});
    m_store.importNotes(notes);
    EXPECT_EQ(m_store.history(m_client).size(), 3u);
    EXPECT_EQ(m_store.history(m_client).front().addendumCount, 1);
    EXPECT_EQ(count("SELECT last_visit_on FROM clients WHERE id = " + std::to_string(m_client)),
              isoDate(kVisit - boost::gregorian::weeks(1)));
}

// The child saves a draft, then dies mid-way through the next save: the draft is there, as last
// saved, when the practice is opened again.
class SessionDraftRecovery : public ::testing::TestWithParam<backends::Backend> {
protected:
    backends::PracticeOn m_practice{GetParam()};
};

TEST_P(SessionDraftRecovery, AKilledProcessLosesOnlyTheSaveItWasMaking)
{
    ClientId client = 0;
    {
        auto database = m_practice.open().database;
        app::PracticeContext stores(*database, "Maya", Clock::stoppedOn(kVisit));
        client = addClient(stores, "Martin");
    }
    const pid_t child = fork();
    ASSERT_NE(child, -1);
    if (child == 0) {
        auto database = m_practice.open("Maya").database;
        app::PracticeContext stores(*database, "Maya", Clock::stoppedOn(kVisit));
        SoapNote note = testing::sampleNote(client, kVisit);
        note.id = stores.stores().sessions().createDraft(note);
        note.rowVersion = 1;
        note.subjective.headacheDays = 9;
        note.rowVersion = stores.stores().sessions().saveDraft(note);
        WriteTransaction unfinished(*database, "Maya");
        unfinished.session() << "UPDATE session_notes SET body = '{}'";
        raise(SIGKILL);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status));
    ASSERT_EQ(WTERMSIG(status), SIGKILL);

    auto database = m_practice.open("Maya").database;
    app::PracticeContext stores(*database, "Maya", Clock::stoppedOn(kVisit));
    const auto drafts = stores.stores().sessions().drafts();
    ASSERT_EQ(drafts.size(), 1u);
    const SoapNote recovered = stores.stores().sessions().note(drafts.front().id);
    EXPECT_EQ(recovered.subjective.headacheDays, 9);
    EXPECT_EQ(recovered.plan.techniques, testing::sampleNote(client, kVisit).plan.techniques);
}

KNOTWORK_ON_BOTH_BACKENDS(SessionStoreTest);
KNOTWORK_ON_BOTH_BACKENDS(SessionDraftRecovery);

} // namespace
} // namespace knotwork::db
