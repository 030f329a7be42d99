#include <gtest/gtest.h>

#include "common/error.h"
#include "sessions/session_json.h"
#include "support/sample_note.h"

namespace knotwork::sessions {
namespace {

using nlohmann::json;

const Date kVisit(2026, 11, 20);

SoapNote clinicalCopy(const SoapNote& note)
{
    SoapNote copy;
    copy.clientId = note.clientId;
    copy.visitDate = note.visitDate;
    copy.visitTime = note.visitTime;
    copy.subjective = note.subjective;
    copy.objective = note.objective;
    copy.assessment = note.assessment;
    copy.plan = note.plan;
    copy.carriedForward = note.carriedForward;
    copy.carriedFromNoteId = note.carriedFromNoteId;
    return copy;
}

void expectSameContent(const SoapNote& a, const SoapNote& b)
{
    EXPECT_EQ(a.clientId, b.clientId);
    EXPECT_EQ(a.visitDate, b.visitDate);
    EXPECT_EQ(a.visitTime, b.visitTime);
    EXPECT_EQ(a.subjective, b.subjective);
    EXPECT_EQ(a.objective, b.objective);
    EXPECT_EQ(a.assessment, b.assessment);
    EXPECT_EQ(a.plan, b.plan);
    EXPECT_EQ(a.carriedForward, b.carriedForward);
    EXPECT_EQ(a.carriedFromNoteId, b.carriedFromNoteId);
    EXPECT_EQ(a.kind, b.kind);
}

TEST(SessionJson, TheRescreenIsAYesOrNoPerFlagAndOldListsReadAsYes)
{
    json written = testing::sampleNote(12, kVisit);
    EXPECT_EQ(written["subjective"]["rescreen"]["vision_changes"], "no");
    EXPECT_EQ(noteBody(testing::sampleNote(12, kVisit))["subjective"]["rescreen"]["vision_changes"], "no")
        << "a no is an answer: the stored body keeps it";
    written["subjective"]["rescreen"] = json::array({"vision_changes"});  // as notes signed before
    const SoapNote read = written.get<SoapNote>();
    EXPECT_EQ(read.subjective.rescreen, (std::map<clients::SafetyIssue, bool>{{clients::SafetyIssue::VisionChanges, true}}));
    written["subjective"]["rescreen"] = {{"vision_changes", "maybe"}};
    try {
        (void)written.get<SoapNote>();
        FAIL() << "a maybe was read";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "subjective.rescreen.vision_changes");
    }
}

TEST(SessionJson, AFullNoteReadsBackExactly)
{
    SoapNote note = testing::sampleNote(12, kVisit);
    note.subjective.rescreen = {{clients::SafetyIssue::VisionChanges, true}, {clients::SafetyIssue::Positional, false}};
    note.carriedForward = {"plan.techniques"};
    note.carriedFromNoteId = 40;
    note.kind = NoteKind::Referral;
    note.plan.referralMade = true;
    note.plan.referredTo = 3;
    note.plan.referredToName = "Dr Amara Okafor";
    note.plan.referralMethods = {ReferralMethod::Letter, ReferralMethod::ToldClient};
    note.subjective.medicationsTaken = "ibuprofen 400 mg";
    note.subjective.homeCareAdherence = {{HomeCare::Stretches, Adherence::SomeDays},
                                         {HomeCare::Hydration, Adherence::NotAtAll}};
    note.subjective.adherenceNotes = "Forgot on work days";
    note.objective.romInstrument = RomInstrument::CromDevice;
    const json written = note;
    EXPECT_EQ(written["subjective"]["home_care_adherence"][0]["done"], "some_days");
    EXPECT_EQ(written["objective"]["rom_instrument"], "crom_device");
    const SoapNote read = written.get<SoapNote>();
    expectSameContent(read, note);
}

TEST(SessionJson, KeysAreTheValidationFieldKeys)
{
    const json written = testing::sampleNote(12, kVisit);
    EXPECT_EQ(written["visit_date"], "2026-11-20");
    EXPECT_EQ(written["visit_time"], "10:30");
    EXPECT_EQ(written["subjective"]["headache_days"], 4);
    EXPECT_EQ(written["objective"]["rom"]["rotation_left"]["after"], 70);
    EXPECT_EQ(written["objective"]["palpation"][0]["muscle"], "suboccipitals");
    EXPECT_EQ(written["objective"]["palpation"][0]["trigger_point"], "active");
    EXPECT_EQ(written["plan"]["pressure"], "moderate");
    EXPECT_EQ(written["status"], "draft");
}

TEST(SessionJson, WrongValuesNameTheirKeyPath)
{
    json input = testing::sampleNote(12, kVisit);
    input["objective"]["palpation"][1]["side"] = "middle";
    try {
        (void)input.get<SoapNote>();
        FAIL() << "a side that is not left or right was accepted";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "objective.palpation[1].side");
        EXPECT_EQ(error.rule(), "choice");
    }
    input = testing::sampleNote(12, kVisit);
    input["objective"]["rom"]["flexion"]["before"] = "forty";
    try {
        (void)input.get<SoapNote>();
        FAIL() << "text for degrees was accepted";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "objective.rom.flexion.before");
    }
    input = testing::sampleNote(12, kVisit);
    input["visit_time"] = "25:00";
    try {
        (void)input.get<SoapNote>();
        FAIL() << "25:00 was accepted";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "visit_time");
        EXPECT_EQ(error.rule(), "time");
    }
}

TEST(SessionJson, LifecycleIsWrittenButNeverReadFromInput)
{
    SoapNote note = testing::sampleNote(12, kVisit);
    note.status = NoteStatus::Signed;
    note.signedBy = "Maya Lindqvist, RMT";
    note.signedAt = Timestamp::fromIso8601("2026-11-20T11:00:00Z");
    const json written = note;
    EXPECT_EQ(written["status"], "signed");
    EXPECT_EQ(written["signed_by"], "Maya Lindqvist, RMT");
    const SoapNote read = written.get<SoapNote>();
    EXPECT_EQ(read.status, NoteStatus::Draft);
    EXPECT_TRUE(read.signedBy.empty());
    EXPECT_FALSE(read.signedAt);
}

TEST(SessionJson, TheStoredBodyHoldsTheClinicalContentOnly)
{
    SoapNote note = testing::sampleNote(12, kVisit);
    note.carriedForward = {"plan.home_care"};
    const json body = noteBody(note);
    EXPECT_FALSE(body.contains("visit_date"));
    EXPECT_FALSE(body.contains("status"));
    SoapNote read;
    read.clientId = 12;
    read.visitDate = kVisit;
    read.visitTime = note.visitTime;
    readNoteBody(body, read);
    expectSameContent(read, clinicalCopy(note));
    EXPECT_EQ(body["visit_minutes"], 75) << "how long the visit lasted is kept with its content";
    EXPECT_EQ(read.visitMinutes, 75);
}

TEST(SessionJson, TheStoredBodyLeavesOutWhatWasNotRecorded)
{
    SoapNote note;
    note.subjective.headacheDays = 0;
    note.objective.rom[RomDirection::Flexion].before = 40;
    const json body = noteBody(note);
    EXPECT_EQ(body.dump(), R"({"objective":{"rom":{"flexion":{"before":40}}},)"
                           R"("subjective":{"headache_days":0}})");
}

TEST(SessionJson, MissingKeysKeepDefaults)
{
    const SoapNote read = json::parse(R"({"visit_date": "2026-11-20",
                                          "subjective": {"headache_days": 2}})")
                              .get<SoapNote>();
    EXPECT_EQ(read.subjective.headacheDays, 2);
    EXPECT_FALSE(read.subjective.diaryDays) << "a diary period not given stays empty";
    EXPECT_TRUE(read.objective.rom.empty());
}

} // namespace
} // namespace knotwork::sessions
