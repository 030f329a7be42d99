#include <gtest/gtest.h>

#include "sessions/carry_forward.h"
#include "support/sample_note.h"

namespace knotwork::sessions {
namespace {

const Date kVisit(2026, 11, 24);

TEST(CarryForward, AFirstNoteAsksTheDiaryPeriodWithTheRescreenUnanswered)
{
    const SoapNote note = startNote(3, kVisit, std::nullopt, std::nullopt);
    EXPECT_EQ(note.clientId, 3);
    EXPECT_EQ(note.visitDate, kVisit);
    EXPECT_FALSE(note.subjective.diaryDays) << "there is no last visit: the client says what period they report on";
    EXPECT_TRUE(note.subjective.rescreen.empty());
    EXPECT_TRUE(note.carriedForward.empty());
    EXPECT_FALSE(note.carriedFromNoteId);
}

TEST(CarryForward, KeepsWhatUsuallyStaysTheSameAndMarksIt)
{
    SoapNote previous = testing::sampleNote(3, Date(2026, 11, 10));
    previous.id = 41;
    const SoapNote note = startNote(3, kVisit, std::nullopt, previous);

    EXPECT_EQ(note.carriedFromNoteId, 41);
    EXPECT_EQ(note.subjective.diaryDays, 14) << "the diary covers the days since the last visit";
    EXPECT_EQ(note.plan.techniques, previous.plan.techniques);
    EXPECT_EQ(note.plan.homeCare, previous.plan.homeCare);
    EXPECT_EQ(note.plan.durationMinutes, 60);
    EXPECT_EQ(note.visitMinutes, 75) << "the usual length of a visit";
    EXPECT_EQ(note.objective.palpation, previous.objective.palpation);
    EXPECT_EQ(note.subjective.triggers, previous.subjective.triggers);
    for (const char* key : {"visit_minutes", "plan.techniques", "plan.home_care", "plan.duration_minutes",
                            "objective.palpation", "subjective.triggers", "assessment.tolerance"})
        EXPECT_TRUE(note.carriedForward.contains(key)) << key;
    for (const std::string& key : note.carriedForward)
        EXPECT_TRUE(carriedFieldKeys().contains(key)) << key;
}

TEST(CarryForward, NeverCarriesTodaysMeasurementsOrWords)
{
    const SoapNote note =
        startNote(3, kVisit, std::nullopt, testing::sampleNote(3, Date(2026, 11, 10)));
    EXPECT_FALSE(note.subjective.headacheDays);
    EXPECT_FALSE(note.subjective.averageIntensity);
    EXPECT_FALSE(note.subjective.responseToLastTreatment);
    EXPECT_TRUE(note.objective.rom.empty());
    EXPECT_FALSE(note.objective.cfrtRight);
    EXPECT_FALSE(note.assessment.painBefore);
    EXPECT_TRUE(note.subjective.notes.empty());
    EXPECT_TRUE(note.plan.notes.empty());
    EXPECT_TRUE(note.objective.notes.empty());
    EXPECT_TRUE(note.subjective.rescreen.empty()) << "each visit asks the re-screen again";
}

TEST(CarryForward, EmptyValuesAreNotMarked)
{
    SoapNote previous = testing::sampleNote(3, Date(2026, 11, 10));
    previous.plan.homeCare.clear();
    previous.plan.pressure.reset();
    const SoapNote note = startNote(3, kVisit, std::nullopt, previous);
    EXPECT_FALSE(note.carriedForward.contains("plan.home_care"));
    EXPECT_FALSE(note.carriedForward.contains("plan.pressure"));
}

TEST(CarryForward, TheDiaryIsAtMostNinetyDays)
{
    const SoapNote note =
        startNote(3, kVisit, std::nullopt, testing::sampleNote(3, Date(2025, 1, 10)));
    EXPECT_EQ(note.subjective.diaryDays, 90);
}

TEST(CarryForward, TheDiaryPeriodProposedFollowsTheVisitDate)
{
    const Date previous(2026, 11, 10);
    EXPECT_EQ(proposedDiaryDays(kVisit, previous), 14);
    EXPECT_EQ(proposedDiaryDays(kVisit - boost::gregorian::days(1), previous), 13)
        << "a note for yesterday's visit covers a day less";
    EXPECT_EQ(proposedDiaryDays(previous, previous), 1) << "a second visit on one day";
    EXPECT_EQ(proposedDiaryDays(kVisit, Date(2025, 1, 10)), 90);
    EXPECT_FALSE(proposedDiaryDays(kVisit, std::nullopt)) << "a first visit proposes none";
}

TEST(CarryForward, TouchingAFieldRemovesItsMark)
{
    SoapNote note =
        startNote(3, kVisit, std::nullopt, testing::sampleNote(3, Date(2026, 11, 10)));
    markTouched(note, "plan.techniques");
    EXPECT_FALSE(note.carriedForward.contains("plan.techniques"));
    EXPECT_TRUE(note.carriedForward.contains("plan.home_care"));
}

TEST(CarryForward, TheRangeOfMotionInstrumentIsCarriedTheHomeProgrammeAnswersAreNot)
{
    SoapNote previous = testing::sampleNote(3, Date(2026, 11, 10));
    previous.objective.romInstrument = RomInstrument::Inclinometer;
    previous.subjective.homeCareAdherence = {{HomeCare::Hydration, Adherence::Daily}};
    previous.subjective.adherenceNotes = "Kept a bottle at the desk";
    previous.subjective.medicationsTaken = "ibuprofen 400 mg";
    const SoapNote note = startNote(3, kVisit, std::nullopt, previous);
    EXPECT_EQ(note.objective.romInstrument, RomInstrument::Inclinometer);
    EXPECT_TRUE(note.carriedForward.contains("objective.rom_instrument")) << "shown muted until confirmed";
    EXPECT_TRUE(note.subjective.homeCareAdherence.empty()) << "each visit asks how the home programme was kept";
    EXPECT_TRUE(note.subjective.adherenceNotes.empty());
    EXPECT_TRUE(note.subjective.medicationsTaken.empty()) << "the medicines are the ones of this diary period";

    previous.objective.romInstrument.reset();
    EXPECT_FALSE(startNote(3, kVisit, std::nullopt, previous).carriedForward.contains("objective.rom_instrument"));
}

} // namespace
} // namespace knotwork::sessions
