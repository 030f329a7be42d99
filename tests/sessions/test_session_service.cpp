// SessionService's rules over in-memory stores (support/in_memory_practice.h): opening a note
// from the previous one, signing with the screening rules, refusing changes to signed notes,
// addenda. What the SQL store writes is tested in tests/db/test_session_notes.cpp.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>

#include <boost/date_time/posix_time/posix_time.hpp>

#include "common/error.h"
#include "sessions/carry_forward.h"
#include "sessions/note_rules.h"
#include "sessions/note_text.h"
#include "sessions/session_service.h"
#include "support/in_memory_practice.h"
#include "support/refusal.h"
#include "support/sample_note.h"
#include "support/treatment_consent.h"

namespace knotwork::sessions {
namespace {

using clients::ClientId;
using clients::SafetyIssue;
using ::testing::HasSubstr;

const Date kToday(2026, 11, 24);

class SessionNotes : public ::testing::Test {
protected:
    SessionNotes()
        : m_practice(Clock([this] { return m_now; }), "Maya"),
          m_clients(m_practice.clientService),
          m_sessions(m_practice.sessionService)
    {
        clients::PracticeSettings settings = m_clients.settings();
        settings.practiceName = "Knotwork Massage";
        settings.therapistName = "Maya Lindqvist";
        settings.credentials = "RMT";
        m_clients.saveSettings(settings, std::nullopt);
    }

    // A client with informed consent to treatment on file (unless `consented` is false).
    ClientId addClient(std::set<SafetyIssue> issues = {}, bool consented = true)
    {
        clients::IntakeRecord record;
        record.client.familyName = "Martin";
        record.client.givenNames = "Zoë";
        record.screeningIssues = std::move(issues);
        const ClientId id = m_clients.saveIntake(record);
        if (consented)
            testing::consentToTreatment(m_clients, id);
        return id;
    }

    // Turns the draft into a referral visit: no treatment, what was seen, the referral made.
    SoapNote asReferralVisit(SoapNote draft)
    {
        draft.kind = NoteKind::Referral;
        draft.plan.techniques.clear();
        draft.plan.regions.clear();
        draft.plan.musclesTreated.clear();
        draft.plan.pressure.reset();
        draft.plan.durationMinutes.reset();
        draft.assessment.painAfter.reset();
        for (auto& [direction, measure] : draft.objective.rom)
            measure.after.reset();
        draft.objective.notes = "Reports blurred vision since Tuesday; no treatment given.";
        draft.plan.referralMade = true;
        draft.plan.referredToName = "Dr Amara Okafor (family physician)";
        draft.plan.referralMethods = {ReferralMethod::Phone, ReferralMethod::ToldClient};
        draft.rowVersion = m_sessions.saveDraft(draft);
        return draft;
    }

    void answer(SoapNote& draft, SafetyIssue flag, bool yes)
    {
        draft.subjective.rescreen[flag] = yes;
        draft.rowVersion = m_sessions.saveDraft(draft);
    }

    static std::string fieldOf(const std::function<void()>& action)
    {
        const std::optional<ValidationError> error = testing::refusal(action);
        return error ? error->field() + " " + error->rule() : "signed";
    }

    // Opens the visit's note, fills it as the sample and autosaves it.
    SoapNote chart(ClientId client, const Date& visit)
    {
        SoapNote note = m_sessions.openNote(client, visit, boost::posix_time::hours(10));
        SoapNote filled = testing::sampleNote(client, visit);
        filled.id = note.id;
        filled.rowVersion = note.rowVersion;
        if (note.subjective.diaryDays)  // a first visit's period is the sample's
            filled.subjective.diaryDays = note.subjective.diaryDays;
        filled.rowVersion = m_sessions.saveDraft(filled);
        return filled;
    }

    // Moves the clock to a little after the visit began.
    void signingAt(const Date& visit, int hoursAfterTen)
    {
        m_now = Timestamp(boost::posix_time::ptime(visit, boost::posix_time::hours(10 + hoursAfterTen)));
    }

    Timestamp m_now = Clock::stoppedOn(kToday, boost::posix_time::hours(18)).now();
    testing::InMemoryPractice m_practice;
    clients::ClientService& m_clients;
    SessionService& m_sessions;
};

TEST_F(SessionNotes, OpeningANoteStoresADraftAtOnceAndOpeningAgainFindsIt)
{
    const ClientId client = addClient();
    const SoapNote first = m_sessions.openNote(client, kToday, std::nullopt);
    EXPECT_GT(first.id, 0);
    EXPECT_EQ(first.status, NoteStatus::Draft);
    EXPECT_EQ(m_practice.sessionStore.draftOf(client), first.id);
    EXPECT_EQ(m_sessions.openNote(client, kToday, std::nullopt).id, first.id);
}

TEST_F(SessionNotes, AVisitsNoteIsTheDraftOfItsDayAndNeverAnotherDays)
{
    const ClientId client = addClient();
    const SoapNote today = m_sessions.openNote(client, kToday, std::nullopt);
    EXPECT_EQ(m_sessions.openVisitNote(client, kToday, boost::posix_time::hours(10)).id, today.id);

    const std::optional<ValidationError> refused =
        testing::refusal([&] { m_sessions.openVisitNote(client, kToday + boost::gregorian::days(7), std::nullopt); });
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->field() + " " + refused->rule(), "visit_date draft-of-another-day");
    EXPECT_THAT(refused->what(), ::testing::HasSubstr(isoDate(kToday)));
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

    SoapNote next = m_sessions.openNote(client, kToday, std::nullopt);
    EXPECT_EQ(next.carriedFromNoteId, signedNote.id);
    for (const SafetyIssue flag : clients::currentFlags())
        answer(next, flag, false);
    signingAt(kToday, 1);
    const SoapNote nextSigned = m_sessions.sign(next.id, next.rowVersion);
    EXPECT_TRUE(nextSigned.carriedForward.empty()) << "signing confirms what was carried forward";
    EXPECT_EQ(nextSigned.plan.techniques, draft.plan.techniques);
    EXPECT_EQ(next.subjective.diaryDays, 7);
    EXPECT_EQ(next.plan.techniques, draft.plan.techniques);
    EXPECT_TRUE(next.carriedForward.contains("plan.techniques"));
    EXPECT_FALSE(next.subjective.headacheDays);
}

TEST_F(SessionNotes, OnAClinicServerATherapistsAccountSignsAndTheFrontDeskIsRefusedBeforeAnythingIsRead)
{
    const ClientId client = addClient();
    const Date lastWeek = kToday - boost::gregorian::days(7);
    const SoapNote draft = chart(client, lastWeek);
    signingAt(lastWeek, 1);
    PracticeUser associate;
    associate.login = "jon";
    associate.displayName = "Jon Okafor";
    associate.credentials = "RMT";
    m_sessions.signAs(associate);
    EXPECT_EQ(m_sessions.sign(draft.id, draft.rowVersion).signedBy, "Jon Okafor, RMT")
        << "the account's name, not the practice settings' therapist";

    PracticeUser frontDesk;
    frontDesk.login = "sam";
    frontDesk.displayName = "Sam Rivera";
    frontDesk.role = PracticeUser::Role::FrontDesk;
    m_sessions.signAs(frontDesk);
    try {
        m_sessions.addAddendum(draft.id, "Called the client: the headache eased the next day.");
        FAIL() << "the front desk added to a note";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.rule(), "front-desk");
    }
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
    const SoapNote signedNote = m_practice.sessionStore.note(id);
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

TEST_F(SessionNotes, YesterdaysVisitChartedThisMorningIsALateEntryOfThatDay)
{
    const ClientId client = addClient();
    const Date lastWeek = kToday - boost::gregorian::days(7);
    const SoapNote previous = chart(client, lastWeek);
    signingAt(lastWeek, 1);
    m_sessions.sign(previous.id, previous.rowVersion);

    // Opened this morning for today; the therapist moves it to yesterday's 09:00 visit.
    m_now = Clock::stoppedOn(kToday, boost::posix_time::hours(9) + boost::posix_time::minutes(30)).now();
    SoapNote draft = m_sessions.openNote(client, kToday, boost::posix_time::hours(9));
    EXPECT_EQ(draft.subjective.diaryDays, 7);
    const Date yesterday = kToday - boost::gregorian::days(1);
    draft.visitDate = yesterday;
    draft.subjective.diaryDays = proposedDiaryDays(yesterday, lastWeek);
    EXPECT_EQ(draft.subjective.diaryDays, 6);
    for (const SafetyIssue flag : clients::currentFlags())
        draft.subjective.rescreen[flag] = false;
    draft.rowVersion = m_sessions.saveDraft(draft);
    EXPECT_TRUE(isLateEntry(yesterday, draft.visitTime, m_now)) << "09:00 yesterday, 24 h 30 min ago";
    const SoapNote signedNote = m_sessions.sign(draft.id, draft.rowVersion);
    EXPECT_TRUE(signedNote.lateEntry);
    EXPECT_EQ(signedNote.visitDate, yesterday);
    EXPECT_EQ(signedNote.subjective.diaryDays, 6);
    EXPECT_EQ(*signedNote.signedAt, m_now) << "the date of entry is kept beside the date of service";
    EXPECT_EQ(m_sessions.history(client).front().visitDate, yesterday);
}

TEST_F(SessionNotes, AFirstVisitIsNotSignedWithoutItsDiaryPeriod)
{
    const ClientId client = addClient();
    SoapNote draft = chart(client, kToday);
    draft.subjective.diaryDays.reset();
    draft.rowVersion = m_sessions.saveDraft(draft);
    signingAt(kToday, 1);
    EXPECT_EQ(fieldOf([&] { m_sessions.sign(draft.id, draft.rowVersion); }), "subjective.diary_days required");
    draft.subjective.diaryDays = 30;  // the client reports on the last month
    draft.rowVersion = m_sessions.saveDraft(draft);
    EXPECT_EQ(fieldOf([&] { m_sessions.sign(draft.id, draft.rowVersion); }), "signed");
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
    answer(draft, SafetyIssue::VisionChanges, true);
    try {
        m_sessions.sign(draft.id, draft.rowVersion);
        FAIL() << "signed despite a new red flag";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "subjective.rescreen");
        EXPECT_EQ(error.rule(), "new-red-flag");
        EXPECT_THAT(error.what(), HasSubstr("Refer the client to their physician"));
        EXPECT_THAT(error.what(), HasSubstr("referral visit"));
    }
    EXPECT_EQ(m_sessions.note(draft.id).status, NoteStatus::Draft);
    const clients::ClientChart record = m_clients.clients().chart(client);
    ASSERT_NE(record.latestScreening(), nullptr);
    EXPECT_EQ(record.latestScreening()->kind, clients::ScreeningKind::Visit);
    EXPECT_EQ(record.latestScreening()->issues, std::set{SafetyIssue::VisionChanges});
    EXPECT_EQ(m_clients.assess(record).status, clients::SafetyStatus::ReferBeforeTreatment);
}

TEST_F(SessionNotes, EveryCurrentFlagMustBeAnsweredBeforeSigning)
{
    const ClientId client = addClient();
    EXPECT_TRUE(m_sessions.openNote(client, kToday, std::nullopt).subjective.rescreen.empty())
        << "each visit's re-screen starts unanswered";
    SoapNote draft = chart(client, kToday);
    draft.subjective.rescreen.erase(SafetyIssue::Positional);
    draft.rowVersion = m_sessions.saveDraft(draft);
    EXPECT_EQ(fieldOf([&] { m_sessions.sign(draft.id, draft.rowVersion); }), "subjective.rescreen.positional unanswered");
    EXPECT_TRUE(m_clients.clients().chart(client).screenings.size() == 1) << "nothing recorded before every answer";
    answer(draft, SafetyIssue::Positional, false);
    EXPECT_EQ(m_sessions.sign(draft.id, draft.rowVersion).status, NoteStatus::Signed);
    const clients::ClientChart record = m_clients.clients().chart(client);
    ASSERT_EQ(record.screenings.size(), 2u);
    EXPECT_EQ(record.screenings.back().kind, clients::ScreeningKind::Visit);
    EXPECT_TRUE(record.screenings.back().issues.empty());
}

TEST_F(SessionNotes, AnOpenFlagAllowsOnlyAReferralVisitWithNoOverride)
{
    const ClientId client = addClient({SafetyIssue::ClusterHeadache});
    SoapNote draft = chart(client, kToday);
    EXPECT_EQ(fieldOf([&] { m_sessions.sign(draft.id, draft.rowVersion); }), "safety clearance-required");

    // A referral visit that still records treatment is refused, field by field.
    draft.kind = NoteKind::Referral;
    draft.rowVersion = m_sessions.saveDraft(draft);
    try {
        m_sessions.sign(draft.id, draft.rowVersion);
        FAIL() << "a referral visit with treatment was signed";
    } catch (const ValidationError& error) {
        std::set<std::string> fields;
        for (const FieldProblem& problem : error.problems())
            fields.insert(problem.field + " " + problem.rule);
        EXPECT_TRUE(fields.contains("plan.techniques no-treatment-in-referral"));
        EXPECT_TRUE(fields.contains("plan.duration_minutes no-treatment-in-referral"));
        EXPECT_TRUE(fields.contains("plan.referral_methods required-for-referral"));
    }
    draft = asReferralVisit(draft);
    const SoapNote referral = m_sessions.sign(draft.id, draft.rowVersion);
    EXPECT_EQ(referral.status, NoteStatus::Signed);
    EXPECT_TRUE(referral.overrideReason.empty());
    EXPECT_EQ(m_sessions.history(client).front().kind, NoteKind::Referral);
    EXPECT_TRUE(m_clients.assess(m_clients.clients().chart(client)).blocksTreatment())
        << "a referral visit changes nothing about the status";
}

TEST_F(SessionNotes, AFlagAnsweredNoAtTheNextVisitStillBlocksUntilWithdrawn)
{
    const ClientId client = addClient();
    SoapNote first = chart(client, kToday - boost::gregorian::days(7));
    answer(first, SafetyIssue::FeverOrSystemicIllness, true);
    first = asReferralVisit(first);
    signingAt(kToday - boost::gregorian::days(7), 1);
    m_sessions.sign(first.id, first.rowVersion);

    signingAt(kToday, 1);
    SoapNote next = chart(client, kToday);
    EXPECT_FALSE(next.subjective.rescreen.at(SafetyIssue::FeverOrSystemicIllness));
    EXPECT_EQ(fieldOf([&] { m_sessions.sign(next.id, next.rowVersion); }), "safety refer-before-treatment");

    clients::FlagWithdrawal withdrawal;
    withdrawal.issue = SafetyIssue::FeverOrSystemicIllness;
    withdrawal.reason = clients::WithdrawalReason::ResolvedConfirmedByProvider;
    withdrawal.details = "Dr Okafor: viral illness, resolved; fine to resume massage";
    m_clients.withdrawFlag(client, withdrawal);
    EXPECT_EQ(m_sessions.sign(next.id, next.rowVersion).status, NoteStatus::Signed);
    const clients::ClientChart record = m_clients.clients().chart(client);
    ASSERT_EQ(record.withdrawals.size(), 1u);
    EXPECT_EQ(record.withdrawals.front().withdrawnBy, "Maya");
    EXPECT_EQ(record.withdrawals.front().details, withdrawal.details);
}

TEST_F(SessionNotes, ATreatmentNoteNeedsConsentToTreatmentAReferralVisitDoesNot)
{
    const ClientId client = addClient({}, false);
    SoapNote draft = chart(client, kToday);
    EXPECT_EQ(fieldOf([&] { m_sessions.sign(draft.id, draft.rowVersion); }), "consent treatment-consent-missing");
    draft = asReferralVisit(draft);
    EXPECT_EQ(m_sessions.sign(draft.id, draft.rowVersion).status, NoteStatus::Signed);
}

TEST_F(SessionNotes, ARevokedConsentStopsTreatmentNotes)
{
    const ClientId client = addClient();
    const long long consent = m_clients.clients().chart(client).consents.front().id;
    m_clients.revokeConsent(client, consent, kToday - boost::gregorian::days(1));
    const SoapNote draft = chart(client, kToday);
    EXPECT_EQ(fieldOf([&] { m_sessions.sign(draft.id, draft.rowVersion); }), "consent treatment-consent-missing");
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
    EXPECT_FALSE(m_practice.clientStore.page(query, kToday, 0, 10).front().lastVisit);
    m_sessions.sign(draft.id, draft.rowVersion);
    EXPECT_EQ(m_practice.clientStore.page(query, kToday, 0, 10).front().lastVisit, visit);
}

TEST_F(SessionNotes, TheHomeProgrammeIsAnsweredOnlyForWhatTheLastVisitGave)
{
    const ClientId client = addClient();
    SoapNote first = testing::sampleNote(client, kToday - boost::gregorian::days(14));
    first.subjective.homeCareAdherence = {{HomeCare::Hydration, Adherence::Daily}};
    EXPECT_EQ(fieldOf([&] { m_sessions.addNote(first); }), "subjective.home_care_adherence.hydration no-last-visit");
    first.subjective.homeCareAdherence.clear();
    const NoteId firstId = m_sessions.addNote(first);
    signingAt(first.visitDate, 1);
    m_sessions.sign(firstId, m_sessions.note(firstId).rowVersion);
    signingAt(kToday, 1);

    SoapNote next = testing::sampleNote(client, kToday);  // the sample gives the ball release and hydration
    next.subjective.homeCareAdherence = {{HomeCare::SuboccipitalBallRelease, Adherence::SomeDays},
                                         {HomeCare::Sleep, Adherence::Daily}};
    EXPECT_EQ(fieldOf([&] { m_sessions.addNote(next); }), "subjective.home_care_adherence.sleep not-given");
    next.subjective.homeCareAdherence.pop_back();
    const NoteId nextId = m_sessions.addNote(next);
    EXPECT_EQ(m_sessions.note(nextId).subjective.homeCareAdherence,
              (std::vector<HomeCareAdherence>{{HomeCare::SuboccipitalBallRelease, Adherence::SomeDays}}));
}

} // namespace
} // namespace knotwork::sessions
