#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "sharing/treatment_summary.h"
#include "support/sample_note.h"

namespace knotwork::sharing {
namespace {

using sessions::Technique;

sessions::SoapNote visit(const Date& day, std::set<Technique> techniques, std::optional<int> before,
                         std::optional<int> after)
{
    sessions::SoapNote note = knotwork::testing::sampleNote(1, day);
    note.plan.techniques = std::move(techniques);
    note.assessment.painBefore = before;
    note.assessment.painAfter = after;
    return note;
}

TEST(TreatmentSummary, CountsWhatWasDoneMostUsedFirstAndTheRhythmKept)
{
    const TreatmentSummary summary = summariseTreatment({
        visit(Date(2026, 3, 2), {Technique::Swedish}, 6, 3),
        visit(Date(2026, 3, 16), {Technique::Swedish, Technique::SuboccipitalRelease}, 5, std::nullopt),
        visit(Date(2026, 3, 30), {Technique::SuboccipitalRelease, Technique::Stretching}, 4, 2),
        visit(Date(2026, 4, 13), {Technique::SuboccipitalRelease}, std::nullopt, 1),
    });
    EXPECT_EQ(summary.visits, 4);
    EXPECT_EQ(summary.first, Date(2026, 3, 2));
    EXPECT_EQ(summary.last, Date(2026, 4, 13));
    ASSERT_TRUE(summary.averageDaysBetween);
    EXPECT_DOUBLE_EQ(*summary.averageDaysBetween, 14);
    ASSERT_EQ(summary.techniques.size(), 3u);
    EXPECT_EQ(summary.techniques[0], (Tally<Technique>{Technique::SuboccipitalRelease, 3}));
    EXPECT_EQ(summary.techniques[1], (Tally<Technique>{Technique::Swedish, 2}));
    // Only visits with pain measured before and after count towards the immediate response.
    EXPECT_DOUBLE_EQ(*summary.averagePainBefore, 5);
    EXPECT_DOUBLE_EQ(*summary.averagePainAfter, 2.5);
}

TEST(TreatmentSummary, NoVisitsGiveNoAverages)
{
    const TreatmentSummary summary = summariseTreatment({});
    EXPECT_EQ(summary.visits, 0);
    EXPECT_FALSE(summary.averageDaysBetween);
    EXPECT_FALSE(summary.averageMinutes);
    EXPECT_FALSE(summary.averagePainBefore);
}

TEST(TreatmentSummary, CountsHowEachHomeCareItemWasKeptWithTheClientsComments)
{
    using sessions::Adherence;
    using sessions::HomeCare;
    std::vector<sessions::SoapNote> notes;
    const std::vector<std::vector<sessions::HomeCareAdherence>> answers = {
        {},
        {{HomeCare::Hydration, Adherence::Daily}, {HomeCare::SuboccipitalBallRelease, Adherence::SomeDays}},
        {{HomeCare::Hydration, Adherence::Daily}, {HomeCare::SuboccipitalBallRelease, Adherence::NotAtAll}},
        {{HomeCare::Hydration, Adherence::SomeDays}},
    };
    Date day(2026, 3, 2);
    for (const auto& answered : answers) {
        notes.push_back(visit(day, {Technique::Swedish}, std::nullopt, std::nullopt));
        notes.back().subjective.homeCareAdherence = answered;
        day += boost::gregorian::days(14);
    }
    notes[2].subjective.adherenceNotes = "Busy week at work";
    notes[3].subjective.adherenceNotes = "  ";
    const TreatmentSummary summary = summariseTreatment(notes);
    ASSERT_EQ(summary.adherence.size(), 2u);
    EXPECT_EQ(summary.adherence[0], (AdherenceTally{HomeCare::SuboccipitalBallRelease, 0, 1, 1}));
    EXPECT_EQ(summary.adherence[1], (AdherenceTally{HomeCare::Hydration, 2, 1, 0}));
    EXPECT_EQ(summary.adherence[1].answers(), 3);
    ASSERT_EQ(summary.adherenceComments.size(), 1u) << "a blank comment is no comment";
    EXPECT_EQ(summary.adherenceComments[0], (AdherenceComment{Date(2026, 3, 30), "Busy week at work"}));
}

} // namespace
} // namespace knotwork::sharing
