#include <gtest/gtest.h>

#include "sessions/note_text.h"
#include "support/sample_note.h"

namespace knotwork::sessions {
namespace {

const NoteLine* lineOf(const std::vector<NoteSection>& sections, const std::string& key)
{
    for (const NoteSection& section : sections)
        for (const NoteLine& line : section.lines)
            if (line.key == key)
                return &line;
    return nullptr;
}

TEST(NoteText, PutsTheVisitIntoWordsSectionBySection)
{
    const auto sections = describeNote(testing::sampleNote(1, Date(2026, 11, 20)));
    ASSERT_EQ(sections.size(), 4u);
    EXPECT_EQ(sections[0].title, "Subjective");
    EXPECT_EQ(sections[3].title, "Plan");
    EXPECT_EQ(lineOf(sections, "subjective.headache_days")->value, "4 of 14 days (about 9 a month)");
    EXPECT_EQ(lineOf(sections, "subjective.worst_intensity")->value, "7/10");
    EXPECT_EQ(lineOf(sections, "objective.rom.rotation_right")->value, "55° → 66° (+11°)");
    // The sample: left 38°, right 26°.
    EXPECT_EQ(lineOf(sections, "objective.cfrt_right")->value,
              "26°, restricted (30° or less; 10° or more below the left)");
    EXPECT_EQ(lineOf(sections, "objective.cfrt_left")->value, "38°, not restricted");
    EXPECT_EQ(lineOf(sections, "objective.cfrt_difference")->value,
              "12° between the sides (10° or more is meaningful)");
    EXPECT_EQ(lineOf(sections, "objective.palpation.suboccipitals.right")->value,
              "tenderness 3 of 3, hypertonic, active trigger point, reproduces the headache");
    EXPECT_EQ(lineOf(sections, "assessment.pain")->value, "5 → 2 (−3)");
    EXPECT_EQ(lineOf(sections, "plan.duration_minutes")->value, "60 min");
    EXPECT_EQ(lineOf(sections, "plan.next_visit_in_weeks")->value, "in 1 week");
}

TEST(NoteText, TheFlexionRotationTestSaysRestrictedByTheCutOffItWasJudgedBy)
{
    SoapNote note = testing::sampleNote(1, Date(2026, 11, 20));
    note.objective.cfrtLeft = 36;
    note.objective.cfrtRight = 32;
    auto sections = describeNote(note);
    EXPECT_EQ(lineOf(sections, "objective.cfrt_right")->value, "32°, not restricted");
    EXPECT_EQ(lineOf(sections, "objective.cfrt_difference")->value, "4° between the sides");

    note.objective.cfrtCutoff = 32;  // the practice uses Hall's other cut-off
    sections = describeNote(note);
    EXPECT_EQ(lineOf(sections, "objective.cfrt_right")->value, "32°, restricted (32° or less)");
    for (const NoteSection& section : sections)
        for (const NoteLine& line : section.lines)
            EXPECT_EQ(line.value.find("positive"), std::string::npos) << line.key;
}

TEST(NoteText, LeavesOutWhatWasNotRecorded)
{
    SoapNote note;
    note.visitDate = Date(2026, 11, 20);
    const auto sections = describeNote(note);
    EXPECT_EQ(lineOf(sections, "subjective.headache_days"), nullptr);
    EXPECT_EQ(lineOf(sections, "plan.techniques"), nullptr);
    EXPECT_EQ(lineOf(sections, "subjective.rescreen")->value, "Not asked");
}

TEST(NoteText, TheRescreenSaysWhatWasAskedAndHeard)
{
    SoapNote note = testing::sampleNote(1, Date(2026, 11, 20));
    EXPECT_EQ(lineOf(describeNote(note), "subjective.rescreen")->value.rfind("Nothing found. Answered no: Fever", 0), 0u);
    note.subjective.rescreen[clients::SafetyIssue::VisionChanges] = true;
    note.subjective.rescreen.erase(clients::SafetyIssue::Positional);
    const std::string text = lineOf(describeNote(note), "subjective.rescreen")->value;
    EXPECT_EQ(text.rfind("Present today: Vision changes. Answered no: ", 0), 0u) << text;
    EXPECT_NE(text.find(". Not asked: Worse lying down"), std::string::npos) << text;
}

TEST(NoteText, MarksCarriedForwardLines)
{
    SoapNote note = testing::sampleNote(1, Date(2026, 11, 20));
    note.carriedForward = {"plan.techniques", "objective.palpation"};
    const auto sections = describeNote(note);
    EXPECT_TRUE(lineOf(sections, "plan.techniques")->carriedForward);
    EXPECT_TRUE(lineOf(sections, "objective.palpation.suboccipitals.left")->carriedForward);
    EXPECT_FALSE(lineOf(sections, "plan.regions")->carriedForward);
}

TEST(NoteText, AddendaFollowTheNoteWithTheirAuthor)
{
    SoapNote note = testing::sampleNote(1, Date(2026, 11, 20));
    note.addenda.push_back({5, Timestamp::fromIso8601("2026-11-21T09:00:00Z"), "Maya Lindqvist, RMT",
                            "Client phoned: relief lasted two days."});
    const auto sections = describeNote(note);
    ASSERT_EQ(sections.size(), 5u);
    EXPECT_EQ(sections[4].key, "addenda");
    ASSERT_EQ(sections[4].lines.size(), 1u);
    EXPECT_NE(sections[4].lines[0].label.find("Maya Lindqvist, RMT"), std::string::npos);
    EXPECT_EQ(sections[4].lines[0].value, "Client phoned: relief lasted two days.");
}

TEST(NoteText, SignatureLineSaysWhoSignedAndWhetherLate)
{
    SoapNote note = testing::sampleNote(1, Date(2026, 11, 20));
    EXPECT_EQ(signatureLine(note), "Draft — not signed");
    note.status = NoteStatus::Signed;
    note.signedAt = Timestamp::fromIso8601("2026-11-22T12:00:00Z");
    note.signedBy = "Maya Lindqvist, RMT";
    note.lateEntry = true;
    const std::string line = signatureLine(note);
    EXPECT_NE(line.find("by Maya Lindqvist, RMT"), std::string::npos);
    EXPECT_NE(line.find("late entry"), std::string::npos);
}

TEST(NoteText, SaysTheMedicinesTheHomeProgrammeKeptAndTheRangeOfMotionInstrument)
{
    SoapNote note = testing::sampleNote(1, Date(2026, 11, 20));
    note.subjective.medicationsTaken = "ibuprofen 400 mg";
    note.subjective.homeCareAdherence = {{HomeCare::SuboccipitalBallRelease, Adherence::SomeDays},
                                         {HomeCare::Hydration, Adherence::NotAtAll}};
    note.subjective.adherenceNotes = "Forgot on work days";
    note.objective.romInstrument = RomInstrument::CromDevice;
    note.carriedForward.insert("objective.rom_instrument");
    const auto sections = describeNote(note);
    EXPECT_EQ(lineOf(sections, "subjective.medications_taken")->label, "Medicines taken");
    EXPECT_EQ(lineOf(sections, "subjective.medications_taken")->value, "ibuprofen 400 mg");
    const NoteLine* ball = lineOf(sections, "subjective.home_care_adherence.suboccipital_ball_release");
    ASSERT_NE(ball, nullptr);
    EXPECT_EQ(ball->label, "Home programme: Suboccipital self-release with a ball");
    EXPECT_EQ(ball->value, "kept some days");
    EXPECT_EQ(lineOf(sections, "subjective.home_care_adherence.hydration")->value, "not kept at all");
    EXPECT_EQ(lineOf(sections, "subjective.adherence_notes")->value, "Forgot on work days");
    const NoteLine* instrument = lineOf(sections, "objective.rom_instrument");
    ASSERT_NE(instrument, nullptr);
    EXPECT_EQ(instrument->label, "Range of motion measured with");
    EXPECT_EQ(instrument->value, "CROM device");
    EXPECT_TRUE(instrument->carriedForward);
    EXPECT_EQ(lineOf(sections, "subjective.home_care_adherence.sleep"), nullptr) << "no answer, no line";

    const auto plain = describeNote(testing::sampleNote(1, Date(2026, 11, 20)));
    EXPECT_EQ(lineOf(plain, "objective.rom_instrument"), nullptr);
    EXPECT_EQ(lineOf(plain, "subjective.adherence_notes"), nullptr);
}

} // namespace
} // namespace knotwork::sessions
