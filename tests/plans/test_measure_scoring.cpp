#include <gtest/gtest.h>

#include "plans/measure_scoring.h"

namespace knotwork::plans {
namespace {

using Answers = std::vector<std::optional<int>>;

TEST(NdiScoring, SumsTheTenSectionsAndDoublesThemIntoAPercent)
{
    const auto score = scoreNdi({2, 1, 0, 3, 2, 1, 2, 2, 3, 1});
    ASSERT_TRUE(score);
    EXPECT_EQ(score->answered, 10);
    EXPECT_EQ(score->raw, 17);
    EXPECT_DOUBLE_EQ(score->percent, 34);
    EXPECT_EQ(score->band, NdiBand::Moderate);
}

TEST(NdiScoring, BandsFollowVernonsRawTotals)
{
    EXPECT_EQ(ndiBand(0), NdiBand::None);
    EXPECT_EQ(ndiBand(4), NdiBand::None);
    EXPECT_EQ(ndiBand(5), NdiBand::Mild);
    EXPECT_EQ(ndiBand(14), NdiBand::Mild);
    EXPECT_EQ(ndiBand(15), NdiBand::Moderate);
    EXPECT_EQ(ndiBand(24), NdiBand::Moderate);
    EXPECT_EQ(ndiBand(25), NdiBand::Severe);
    EXPECT_EQ(ndiBand(34), NdiBand::Severe);
    EXPECT_EQ(ndiBand(35), NdiBand::Complete);
    EXPECT_EQ(ndiBand(50), NdiBand::Complete);
}

TEST(NdiScoring, ASkippedSectionScoresOutOfFiveTimesTheSectionsAnswered)
{
    // 18 out of 45 (nine sections answered) is 40 %, the same as 20 of 50.
    const auto score = scoreNdi({2, 2, 2, 2, std::nullopt, 2, 2, 2, 2, 2});
    ASSERT_TRUE(score);
    EXPECT_EQ(score->answered, 9);
    EXPECT_EQ(score->raw, 18);
    EXPECT_DOUBLE_EQ(score->percent, 40);
    EXPECT_DOUBLE_EQ(score->equivalentTotal, 20);
    EXPECT_EQ(score->band, NdiBand::Moderate);
}

TEST(NdiScoring, ThePublishedWorkedExampleSixteenOfFortyFiveIsThirtyFivePointFivePercent)
{
    // Vernon's scoring note: one section skipped, 16 points over the nine answered → 16/45.
    const auto score = scoreNdi({2, 1, 2, 2, 1, std::nullopt, 2, 2, 2, 2});
    ASSERT_TRUE(score);
    EXPECT_EQ(score->raw, 16);
    EXPECT_EQ(score->answered, 9);
    EXPECT_NEAR(score->percent, 35.5, 0.1);
}

TEST(NdiScoring, MoreThanTwoSkippedSectionsCannotBeScored)
{
    EXPECT_TRUE(scoreNdi({1, 1, 1, 1, 1, 1, 1, 1, std::nullopt, std::nullopt}));
    EXPECT_FALSE(scoreNdi({1, 1, 1, 1, 1, 1, 1, std::nullopt, std::nullopt, std::nullopt}));
}

Answers hdiAnswers(int yes, int sometimes)
{
    Answers answers(kHdiItems, 0);
    for (int i = 0; i < yes; ++i)
        answers[i] = 4;
    for (int i = yes; i < yes + sometimes; ++i)
        answers[i] = 2;
    return answers;
}

TEST(HdiScoring, AddsYesAsFourAndSometimesAsTwo)
{
    const auto score = scoreHdi(hdiAnswers(5, 8));
    ASSERT_TRUE(score);
    EXPECT_EQ(score->total, 36);
    EXPECT_EQ(score->band, HdiBand::Moderate);
}

TEST(HdiScoring, AnswersScoreAsThePaperFormSays)
{
    EXPECT_EQ(hdiPoints(HdiAnswer::Yes), 4);
    EXPECT_EQ(hdiPoints(HdiAnswer::Sometimes), 2);
    EXPECT_EQ(hdiPoints(HdiAnswer::No), 0);
}

TEST(HdiScoring, SplitsTheThirteenEmotionalAndTwelveFunctionalItems)
{
    int emotional = 0;
    for (int item = 1; item <= kHdiItems; ++item)
        emotional += hdiItemIsEmotional(item) ? 1 : 0;
    EXPECT_EQ(emotional, 13);
    EXPECT_TRUE(hdiItemIsEmotional(1));
    EXPECT_FALSE(hdiItemIsEmotional(2));
    EXPECT_FALSE(hdiItemIsEmotional(25));

    const auto allYes = scoreHdi(Answers(kHdiItems, 4));
    ASSERT_TRUE(allYes);
    EXPECT_EQ(allYes->emotional, 52);
    EXPECT_EQ(allYes->functional, 48);
    EXPECT_EQ(allYes->total, 100);
    EXPECT_EQ(allYes->band, HdiBand::Complete);
}

TEST(HdiScoring, AFormSplitsIntoItsEmotionalAndFunctionalItemsAsPublished)
{
    // Jacobson's form marks each item E or F: E1 F2 E3 F4 E5 E6 F7 E8 E9 E10 E11 E12 F13 E14 F15
    // F16 F17 F18 F19 E20 F21 E22 E23 F24 F25. Yes to 1–3, sometimes to 13 and 14, no to the rest:
    // E = 4 (E1) + 4 (E3) + 2 (E14) = 10, F = 4 (F2) + 2 (F13) = 6.
    Answers answers(kHdiItems, 0);
    answers[0] = answers[1] = answers[2] = 4;
    answers[12] = answers[13] = 2;
    const auto score = scoreHdi(answers);
    ASSERT_TRUE(score);
    EXPECT_EQ(score->emotional, 10);
    EXPECT_EQ(score->functional, 6);
    EXPECT_EQ(score->total, 16);
    const std::string layout = "EFEFEEFEEEEEFEFFFFFEFEEFF";
    for (int item = 1; item <= kHdiItems; ++item)
        EXPECT_EQ(hdiItemIsEmotional(item), layout[static_cast<std::size_t>(item - 1)] == 'E') << item;
}

TEST(HdiScoring, BandsFollowJacobson)
{
    EXPECT_EQ(hdiBand(8), HdiBand::None);
    EXPECT_EQ(hdiBand(10), HdiBand::Mild);
    EXPECT_EQ(hdiBand(28), HdiBand::Mild);
    EXPECT_EQ(hdiBand(30), HdiBand::Moderate);
    EXPECT_EQ(hdiBand(48), HdiBand::Moderate);
    EXPECT_EQ(hdiBand(50), HdiBand::Severe);
    EXPECT_EQ(hdiBand(68), HdiBand::Severe);
    EXPECT_EQ(hdiBand(72), HdiBand::Complete);
}

TEST(HdiScoring, AnUnansweredItemLeavesTheFormUnscored)
{
    Answers answers = hdiAnswers(3, 3);
    answers[12] = std::nullopt;
    EXPECT_FALSE(scoreHdi(answers));
    EXPECT_FALSE(scoreHdi(Answers(24, 0)));
}

TEST(PsfsScoring, IsTheMeanOfTheActivities)
{
    EXPECT_DOUBLE_EQ(*scorePsfs({{"reading", 4}, {"driving", 6}, {"lifting", 5}}), 5);
    EXPECT_NEAR(*scorePsfs({{"reading", 4}, {"driving", 7}, {"lifting", 5}}), 5.333, 0.001);
    EXPECT_FALSE(scorePsfs({}));
}

TEST(Hit6Scoring, BandsFollowTheInstrument)
{
    EXPECT_EQ(hit6Band(36), Hit6Band::Little);
    EXPECT_EQ(hit6Band(49), Hit6Band::Little);
    EXPECT_EQ(hit6Band(50), Hit6Band::Some);
    EXPECT_EQ(hit6Band(55), Hit6Band::Some);
    EXPECT_EQ(hit6Band(56), Hit6Band::Substantial);
    EXPECT_EQ(hit6Band(59), Hit6Band::Substantial);
    EXPECT_EQ(hit6Band(60), Hit6Band::Severe);
    EXPECT_EQ(hit6Band(78), Hit6Band::Severe);
}

TEST(Hit6Scoring, AcceptsOnlyTotalsSixAnswersCanMake)
{
    // A worked answer set: never 6, rarely 8, sometimes 10, very often 11, always 13,
    // sometimes 10 adds up to 58, "substantial impact".
    int total = 0;
    for (const int answer : {6, 8, 10, 11, 13, 10})
        total += answer;
    EXPECT_EQ(total, 58);
    EXPECT_TRUE(hit6TotalPossible(58));
    EXPECT_EQ(hit6Band(58), Hit6Band::Substantial);
    EXPECT_TRUE(hit6TotalPossible(36));  // all "never"
    EXPECT_TRUE(hit6TotalPossible(38));  // one "rarely"
    EXPECT_TRUE(hit6TotalPossible(41));  // one "very often"
    EXPECT_TRUE(hit6TotalPossible(76));  // five "always", one "very often"
    EXPECT_TRUE(hit6TotalPossible(78));  // all "always"
    // No set of six answers adds up to these.
    EXPECT_FALSE(hit6TotalPossible(37));
    EXPECT_FALSE(hit6TotalPossible(39));
    EXPECT_FALSE(hit6TotalPossible(77));
    EXPECT_FALSE(hit6TotalPossible(35));
    EXPECT_FALSE(hit6TotalPossible(79));
    EXPECT_DOUBLE_EQ(kHit6ImportantChange, 2.3);

    OutcomeMeasure impossible;
    impossible.kind = MeasureKind::Hit6;
    impossible.total = 77;
    EXPECT_FALSE(headlineScore(impossible)) << "never charted or reported";
}

OutcomeMeasure measureOf(MeasureKind kind)
{
    OutcomeMeasure measure;
    measure.kind = kind;
    return measure;
}

TEST(MeasureDescription, NamesTheScoreAndItsBand)
{
    OutcomeMeasure ndi = measureOf(MeasureKind::Ndi);
    ndi.answers = {2, 1, 0, 3, 2, 1, 2, 2, 3, 1};
    EXPECT_EQ(describeScore(ndi), "NDI 34 % (moderate)");
    EXPECT_DOUBLE_EQ(*headlineScore(ndi), 34);

    OutcomeMeasure hit6 = measureOf(MeasureKind::Hit6);
    hit6.total = 58;
    EXPECT_EQ(describeScore(hit6), "HIT-6 58 (substantial impact)");

    OutcomeMeasure psfs = measureOf(MeasureKind::Psfs);
    psfs.activities = {{"reading", 4}, {"driving", 7}, {"lifting", 5}};
    EXPECT_EQ(describeScore(psfs), "PSFS 5.3");

    OutcomeMeasure skipped = measureOf(MeasureKind::Ndi);
    skipped.answers = Answers(10);
    EXPECT_EQ(describeScore(skipped), "NDI: not scored");
    EXPECT_FALSE(headlineScore(skipped));
}

TEST(MeasureDirection, HigherIsBetterOnlyForFunctionScales)
{
    EXPECT_TRUE(lowerIsBetter(MeasureKind::Ndi));
    EXPECT_TRUE(lowerIsBetter(MeasureKind::Hdi));
    EXPECT_TRUE(lowerIsBetter(MeasureKind::Nprs));
    EXPECT_TRUE(lowerIsBetter(MeasureKind::Hit6));
    EXPECT_FALSE(lowerIsBetter(MeasureKind::Psfs));
    EXPECT_FALSE(lowerIsBetter(MeasureKind::FunctionalRating));
}

} // namespace
} // namespace knotwork::plans
