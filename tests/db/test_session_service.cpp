// SessionService over the SQL stores on a fresh practice file: opening a note from the previous
// one, signing with the screening rules, refusing changes to signed notes, addenda.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/date_time/posix_time/posix_time.hpp>

#include "common/error.h"
#include "db/practice_opener.h"
#include "db/practice_stores.h"
#include "sessions/note_text.h"
#include "sessions/session_service.h"
#include "support/practice_files.h"
#include "support/sample_note.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using namespace knotwork::sessions;
using clients::ClientId;
using clients::SafetyIssue;
using ::testing::HasSubstr;

const Date kToday(2026, 11, 24);

class SessionNotes : public ::testing::Test {
protected:
    SessionNotes()
        : m_file(m_dir / "practice.sqlite"),
          m_database(openPractice(m_file, OpenMode::CreateIfMissing, "setup").database),
          m_stores(*m_database, "Maya", Clock([this] { return m_now; })),
          m_clients(m_stores.clientService()),
          m_sessions(m_stores.sessionService())
    {
        clients::PracticeSettings settings = m_clients.settings();
        settings.practiceName = "Knotwork Massage";
        settings.therapistName = "Maya Lindqvist";
        settings.credentials = "RMT";
        m_clients.saveSettings(settings, std::nullopt);
    }

    ClientId addClient(std::set<SafetyIssue> issues = {})
    {
        clients::IntakeRecord record;
        record.client.familyName = "Martin";
        record.client.givenNames = "Zoë";
        record.screeningIssues = std::move(issues);
        return m_clients.saveIntake(record);
    }

    // Opens the visit's note, fills it as the sample and autosaves it.
    SoapNote chart(ClientId client, const Date& visit)
    {
        SoapNote note = m_sessions.openNote(client, visit, boost::posix_time::hours(10));
        SoapNote filled = testing::sampleNote(client, visit);
        filled.id = note.id;
        filled.rowVersion = note.rowVersion;
        filled.subjective.rescreen = note.subjective.rescreen;
        filled.subjective.diaryDays = note.subjective.diaryDays;
        filled.rowVersion = m_sessions.saveDraft(filled);
        return filled;
    }

    // Moves the clock to a little after the visit began.
    void signingAt(const Date& visit, int hoursAfterTen)
    {
        m_now = Timestamp(boost::posix_time::ptime(visit, boost::posix_time::hours(10 + hoursAfterTen)));
    }

    knotwork::testing::TempDir m_dir;
    std::filesystem::path m_file;
    std::unique_ptr<Database> m_database;
    PracticeStores m_stores;
    clients::ClientService& m_clients;
    SessionService& m_sessions;
    Timestamp m_now = Clock::stoppedOn(kToday, boost::posix_time::hours(18)).now();
};

TEST_F(SessionNotes, OpeningANoteStoresADraftAtOnceAndOpeningAgainFindsIt)
{
    const ClientId client = addClient();
    const SoapNote first = m_sessions.openNote(client, kToday, std::nullopt);
    EXPECT_GT(first.id, 0);
    EXPECT_EQ(first.status, NoteStatus::Draft);
    EXPECT_EQ(m_stores.sessionStore().draftOf(client), first.id);
    EXPECT_EQ(m_sessions.openNote(client, kToday, std::nullopt).id, first.id);
}

TEST_F(SessionNotes, SigningStampsTheTherapistAndTheNextNoteCarriesForward)
{
    const ClientId client = addClient();
    const Date lastWeek = kToday - boost::gregorian::days(7);
    const SoapNote draft = chart(client, lastWeek);
    signingAt(lastWeek, 1);
    const SoapNote signedNote = m_sessions.sign(draft.id, draft.rowVersion);
    EXPECT_EQ(signedNote.status, NoteStatus::Signed);
    EXPECT_EQ(signedNote.signedBy, "Maya Lindqvist, RMT");
    EXPECT_FALSE(signedNote.lateEntry);
    EXPECT_EQ(signedNote.plan.techniques, draft.plan.techniques);

    const SoapNote next = m_sessions.openNote(client, kToday, std::nullopt);
    EXPECT_EQ(next.carriedFromNoteId, signedNote.id);
    signingAt(kToday, 1);
    const SoapNote nextSigned = m_sessions.sign(next.id, next.rowVersion);
    EXPECT_TRUE(nextSigned.carriedForward.empty()) << "signing confirms what was carried forward";
    EXPECT_EQ(nextSigned.plan.techniques, draft.plan.techniques);
    EXPECT_EQ(next.subjective.diaryDays, 7);
    EXPECT_EQ(next.plan.techniques, draft.plan.techniques);
    EXPECT_TRUE(next.carriedForward.contains("plan.techniques"));
    EXPECT_FALSE(next.subjective.headacheDays);
}

TEST_F(SessionNotes, ASignedNoteKeepsTheFlexionRotationCutOffItWasJudgedBy)
{
    clients::PracticeSettings settings = m_clients.settings();
    settings.cfrtCutoff = 32;  // the practice uses Hall's other cut-off
    m_clients.saveSettings(settings, std::nullopt);
    const ClientId client = addClient();
    SoapNote draft = chart(client, kToday);
    draft.objective.cfrtLeft = 40;
    draft.objective.cfrtRight = 32;
    draft.rowVersion = m_sessions.saveDraft(draft);
    signingAt(kToday, 1);
    const NoteId id = m_sessions.sign(draft.id, draft.rowVersion).id;

    settings = m_clients.settings();
    settings.cfrtCutoff = 30;  // changed later: the signed note says what it said
    m_clients.saveSettings(settings, std::nullopt);
    const SoapNote signedNote = m_stores.sessionStore().note(id);
    EXPECT_EQ(signedNote.objective.cfrtCutoff, 32);
    std::string right;
    for (const NoteSection& section : describeNote(signedNote))
        for (const NoteLine& line : section.lines)
            if (line.key == "objective.cfrt_right")
                right = line.value;
    EXPECT_EQ(right, "32°, restricted (32° or less)");
}

TEST_F(SessionNotes, ANoteSignedMoreThanADayAfterTheVisitIsALateEntry)
{
    const ClientId client = addClient();
    const Date visit = kToday - boost::gregorian::days(3);
    const SoapNote draft = chart(client, visit);
    signingAt(visit, 40);
    EXPECT_TRUE(m_sessions.sign(draft.id, draft.rowVersion).lateEntry);
    EXPECT_TRUE(m_sessions.history(client).front().lateEntry);
}

TEST_F(SessionNotes, SigningNamesEveryProblemAndKeepsTheDraft)
{
    const ClientId client = addClient();
    SoapNote draft = chart(client, kToday);
    draft.subjective.worstIntensity = 2;
    draft.plan.techniques.clear();
    draft.plan.regions.clear();
    draft.rowVersion = m_sessions.saveDraft(draft);
    try {
        m_sessions.sign(draft.id, draft.rowVersion);
        FAIL() << "an incomplete note was signed";
    } catch (const ValidationError& error) {
        std::vector<std::string> fields;
        for (const FieldProblem& problem : error.problems())
            fields.push_back(problem.field);
        EXPECT_THAT(fields, ::testing::ElementsAre("subjective.worst_intensity", "plan.techniques"));
    }
    EXPECT_EQ(m_sessions.note(draft.id).status, NoteStatus::Draft);
    EXPECT_EQ(m_sessions.note(draft.id).subjective.worstIntensity, 2) << "what was typed is kept";
}

TEST_F(SessionNotes, ANewRedFlagRefusesSigningAndReopensTheClientsStatus)
{
    const ClientId client = addClient();
    SoapNote draft = chart(client, kToday);
    draft.subjective.rescreen = {SafetyIssue::VisionChanges};
    draft.rowVersion = m_sessions.saveDraft(draft);
    try {
        m_sessions.sign(draft.id, draft.rowVersion);
        FAIL() << "signed despite a new red flag";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "subjective.rescreen");
        EXPECT_EQ(error.rule(), "new-red-flag");
        EXPECT_THAT(error.what(), HasSubstr("Refer the client to their physician"));
    }
    EXPECT_EQ(m_sessions.note(draft.id).status, NoteStatus::Draft);
    const clients::ClientChart record = m_clients.clients().chart(client);
    ASSERT_NE(record.latestScreening(), nullptr);
    EXPECT_EQ(record.latestScreening()->issues, std::set{SafetyIssue::VisionChanges});
    EXPECT_EQ(m_clients.assess(record).status, clients::SafetyStatus::ReferBeforeTreatment);
}

TEST_F(SessionNotes, ABlockedClientNeedsAReasonToOverrideWhichTheNoteKeeps)
{
    const ClientId client = addClient({SafetyIssue::ClusterHeadache});
    const SoapNote draft = chart(client, kToday);
    EXPECT_EQ(draft.subjective.rescreen, std::set{SafetyIssue::ClusterHeadache})
        << "the re-screen starts from the latest screening";
    try {
        m_sessions.sign(draft.id, draft.rowVersion);
        FAIL() << "signed while clearance is required";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "override_reason");
    }
    const SoapNote signedNote =
        m_sessions.sign(draft.id, draft.rowVersion, "Physician cleared by phone; letter to follow");
    EXPECT_EQ(signedNote.overrideReason, "Physician cleared by phone; letter to follow");
}

TEST_F(SessionNotes, ASignedNoteCannotBeChangedSignedAgainOrDiscarded)
{
    const ClientId client = addClient();
    SoapNote draft = chart(client, kToday);
    const SoapNote signedNote = m_sessions.sign(draft.id, draft.rowVersion);
    SoapNote changed = signedNote;
    changed.subjective.headacheDays = 0;
    EXPECT_THROW(m_sessions.saveDraft(changed), Error);
    EXPECT_THROW(m_sessions.sign(signedNote.id, signedNote.rowVersion), ConflictError);
    EXPECT_THROW(m_sessions.discardDraft(signedNote.id, signedNote.rowVersion), Error);
    EXPECT_EQ(m_sessions.note(signedNote.id).subjective.headacheDays, 4);
}

TEST_F(SessionNotes, AddendaAreForSignedNotesAndFollowTheOriginal)
{
    const ClientId client = addClient();
    const SoapNote draft = chart(client, kToday);
    try {
        m_sessions.addAddendum(draft.id, "Relief lasted two days");
        FAIL() << "an addendum was added to a draft";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.rule(), "draft-note");
    }
    m_sessions.sign(draft.id, draft.rowVersion);
    m_sessions.addAddendum(draft.id, "Client phoned: relief lasted two days.");
    m_sessions.addAddendum(draft.id, "Correction: the worst day was Thursday.");
    const SoapNote note = m_sessions.note(draft.id);
    ASSERT_EQ(note.addenda.size(), 2u);
    EXPECT_EQ(note.addenda[0].text, "Client phoned: relief lasted two days.");
    EXPECT_EQ(note.addenda[1].author, "Maya Lindqvist, RMT");
    EXPECT_EQ(m_sessions.history(client).front().addendumCount, 2);
}

TEST_F(SessionNotes, AnArchivedClientGetsNoNewNote)
{
    const ClientId client = addClient();
    m_clients.archive(client, "Moved away");
    try {
        m_sessions.openNote(client, kToday, std::nullopt);
        FAIL() << "a note was opened for an archived client";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "client_id");
        EXPECT_EQ(error.rule(), "archived");
    }
}

TEST_F(SessionNotes, SigningSetsTheClientsLastVisit)
{
    const ClientId client = addClient();
    const Date visit = kToday - boost::gregorian::days(2);
    const SoapNote draft = chart(client, visit);
    clients::ClientQuery query;
    EXPECT_FALSE(m_stores.clientStore().page(query, kToday, 0, 10).front().lastVisit);
    m_sessions.sign(draft.id, draft.rowVersion);
    EXPECT_EQ(m_stores.clientStore().page(query, kToday, 0, 10).front().lastVisit, visit);
}

} // namespace
} // namespace knotwork::db
