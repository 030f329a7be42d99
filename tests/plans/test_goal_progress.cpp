#include <gtest/gtest.h>

#include "plan_fixtures.h"
#include "plans/goal_progress.h"

namespace knotwork::plans {
namespace {

using namespace testing;

OutcomeMeasure nprs(const Date& on, int total)
{
    OutcomeMeasure measure;
    measure.kind = MeasureKind::Nprs;
    measure.takenOn = on;
    measure.total = total;
    return measure;
}

ProgressData diaries(std::initializer_list<std::pair<Date, int>> days)
{
    ProgressData data;
    for (const auto& [on, headacheDays] : days)
        data.visits.push_back(visit(on, headacheDays));
    return data;
}

TEST(GoalProgress, LowerIsBetterGoalsCountTheWayDownFromBaselineToTarget)
{
    // 12 → 6 headache days: at 9 the client is half way.
    const Goal goal = goalOf(GoalMetric::HeadacheDaysPerMonth, 12, 6);
    const ProgressData data = diaries({{day(2026, 11, 2), 12}, {day(2026, 11, 30), 9}});

    const GoalProgress progress = progressOf(goal, data, day(2026, 11, 2));
    ASSERT_TRUE(progress.latest);
    EXPECT_DOUBLE_EQ(progress.latest->value, 9);
    EXPECT_EQ(progress.latest->date, day(2026, 11, 30));
    EXPECT_DOUBLE_EQ(*progress.fractionOfWay, 0.5);
    EXPECT_FALSE(progress.met);
}

TEST(GoalProgress, HalvingTheHeadacheDaysMakesAResponder)
{
    // The usual trial cut-off: 14 → 7 days a month is a 50 % reduction, a responder; 14 → 8 is
    // 43 %, not yet.
    const Goal goal = goalOf(GoalMetric::HeadacheDaysPerMonth, 14, 7);
    const GoalProgress halved = progressOf(goal, diaries({{day(2026, 11, 30), 7}}), day(2026, 11, 2));
    EXPECT_DOUBLE_EQ(*halved.reduction, 0.5);
    EXPECT_TRUE(halved.responder);

    const GoalProgress almost = progressOf(goal, diaries({{day(2026, 11, 30), 8}}), day(2026, 11, 2));
    EXPECT_NEAR(*almost.reduction, 0.4286, 0.0001);
    EXPECT_FALSE(almost.responder);

    const GoalProgress worse = progressOf(goal, diaries({{day(2026, 11, 30), 16}}), day(2026, 11, 2));
    EXPECT_LT(*worse.reduction, 0);
    EXPECT_FALSE(worse.responder);
}

TEST(GoalProgress, OnlyHeadacheDayGoalsHaveResponders)
{
    // Intensity halved from 6 to 3 is progress, but "responder" is a headache-day rule.
    const Goal goal = goalOf(GoalMetric::AverageIntensity, 6, 3);
    ProgressData data;
    data.visits.push_back(visit(day(2026, 11, 30), 10, 3));
    const GoalProgress progress = progressOf(goal, data, day(2026, 11, 2));
    ASSERT_TRUE(progress.latest);
    EXPECT_FALSE(progress.reduction);
    EXPECT_FALSE(progress.responder);
}

TEST(GoalProgress, HigherIsBetterGoalsCountTheWayUp)
{
    Goal goal = goalOf(GoalMetric::Rom, 60, 80);
    goal.direction = sessions::RomDirection::RotationLeft;
    ProgressData data;
    for (const auto& [on, degrees] : {std::pair{day(2026, 11, 2), 60}, {day(2026, 11, 9), 75}}) {
        sessions::VisitFindings findings = visit(on, std::nullopt);
        findings.rom[sessions::RomDirection::RotationLeft] = {degrees, degrees + 5};
        data.visits.push_back(findings);
    }

    const GoalProgress progress = progressOf(goal, data, day(2026, 11, 2));
    // The range at the start of each visit is the lasting change: 75, not 80 after treatment.
    EXPECT_DOUBLE_EQ(progress.latest->value, 75);
    EXPECT_DOUBLE_EQ(*progress.fractionOfWay, 0.75);
    EXPECT_FALSE(progress.met);
}

TEST(GoalProgress, ReachingOrPassingTheTargetMeetsTheGoal)
{
    const Goal goal = goalOf(GoalMetric::HeadacheDaysPerMonth, 12, 6);
    const GoalProgress exactly =
        progressOf(goal, diaries({{day(2026, 11, 30), 6}}), day(2026, 11, 2));
    EXPECT_TRUE(exactly.met);
    EXPECT_DOUBLE_EQ(*exactly.fractionOfWay, 1);

    const GoalProgress past = progressOf(goal, diaries({{day(2026, 11, 30), 3}}), day(2026, 11, 2));
    EXPECT_TRUE(past.met);
    EXPECT_DOUBLE_EQ(*past.fractionOfWay, 1.5);
}

TEST(GoalProgress, AGoalIsMetSinceTheValuesLastReachedTheTarget)
{
    const Goal goal = goalOf(GoalMetric::HeadacheDaysPerMonth, 12, 6);
    const GoalProgress progress =
        progressOf(goal,
                   diaries({{day(2026, 11, 2), 5}, {day(2026, 11, 9), 8}, {day(2026, 11, 16), 6},
                            {day(2026, 11, 23), 4}}),
                   day(2026, 11, 2));
    EXPECT_TRUE(progress.met);
    EXPECT_EQ(progress.metSince, day(2026, 11, 16));

    const GoalProgress relapsed =
        progressOf(goal, diaries({{day(2026, 11, 2), 5}, {day(2026, 11, 9), 8}}), day(2026, 11, 2));
    EXPECT_FALSE(relapsed.met);
    EXPECT_FALSE(relapsed.metSince);
}

TEST(GoalProgress, GettingWorseThanBaselineIsANegativeFraction)
{
    const Goal goal = goalOf(GoalMetric::AverageIntensity, 6, 4);
    ProgressData data;
    data.visits.push_back(visit(day(2026, 11, 30), 5, 7));
    const GoalProgress progress = progressOf(goal, data, day(2026, 11, 2));
    EXPECT_DOUBLE_EQ(*progress.fractionOfWay, -0.5);
    EXPECT_FALSE(progress.met);
}

TEST(GoalProgress, DiariesOfDifferentLengthsAreScaledToThirtyDays)
{
    const Goal goal = goalOf(GoalMetric::HeadacheDaysPerMonth, 12, 6);
    sessions::VisitFindings twoWeeks = visit(day(2026, 11, 16), 4);
    twoWeeks.diaryDays = 15;
    ProgressData data;
    data.visits.push_back(twoWeeks);
    EXPECT_DOUBLE_EQ(progressOf(goal, data, day(2026, 11, 2)).latest->value, 8);
}

TEST(GoalProgress, OnlyValuesFromThePlansStartCount)
{
    const Goal goal = goalOf(GoalMetric::HeadacheDaysPerMonth, 12, 6);
    const ProgressData data = diaries({{day(2026, 10, 1), 2}, {day(2026, 11, 9), 10}});
    const GoalProgress progress = progressOf(goal, data, day(2026, 11, 2));
    ASSERT_EQ(progress.series.size(), 1u);
    EXPECT_DOUBLE_EQ(progress.latest->value, 10);
    EXPECT_FALSE(progress.met);
}

TEST(GoalProgress, WithoutDataThereIsNoLatestAndNoTrend)
{
    const GoalProgress progress =
        progressOf(goalOf(GoalMetric::NdiPercent, 40, 20), ProgressData{}, day(2026, 11, 2));
    EXPECT_FALSE(progress.latest);
    EXPECT_FALSE(progress.fractionOfWay);
    EXPECT_FALSE(progress.met);
    EXPECT_EQ(progress.trend, Trend::NotEnoughData);
}

TEST(GoalTrend, ComparesTheLatestWithTheMeanOfUpToThreeBeforeByTheRespondersRule)
{
    const Goal goal = goalOf(GoalMetric::HeadacheDaysPerMonth, 12, 6);
    const Date start = day(2026, 1, 1);
    // Mean of 12, 10, 11 is 11; 5 is under half of it.
    EXPECT_EQ(progressOf(goal,
                         diaries({{day(2026, 1, 5), 20}, {day(2026, 2, 1), 12},
                                  {day(2026, 3, 1), 10}, {day(2026, 4, 1), 11},
                                  {day(2026, 5, 1), 5}}),
                         start)
                  .trend,
              Trend::Improving);
    EXPECT_EQ(progressOf(goal, diaries({{day(2026, 2, 1), 11}, {day(2026, 3, 1), 9}}), start).trend, Trend::Steady)
        << "two days fewer is not half";
    EXPECT_EQ(progressOf(goal, diaries({{day(2026, 2, 1), 8}, {day(2026, 3, 1), 12}}), start).trend,
              Trend::Worsening)
        << "half as many again";
}

ProgressData rotations(std::initializer_list<std::pair<Date, int>> degrees)
{
    ProgressData data;
    for (const auto& [on, rotation] : degrees) {
        data.visits.push_back(visit(on, std::nullopt));
        data.visits.back().rom[sessions::RomDirection::RotationLeft] = {rotation, std::nullopt};
    }
    return data;
}

TEST(GoalTrend, ARangeOfMotionChangeUnderThePracticesFigureIsSteady)
{
    Goal goal = goalOf(GoalMetric::Rom, 50, 70);
    goal.direction = sessions::RomDirection::RotationLeft;
    const Date start = day(2026, 1, 1);
    ProgressData data = rotations({{day(2026, 2, 1), 50}, {day(2026, 3, 1), 58}});
    EXPECT_EQ(progressOf(goal, data, start).trend, Trend::Steady) << "8° is within the 10° of measurement error";
    data.thresholds.romDegrees = 5;
    EXPECT_EQ(progressOf(goal, data, start).trend, Trend::Improving) << "the practice's own figure";
    data = rotations({{day(2026, 2, 1), 60}, {day(2026, 3, 1), 49}});
    EXPECT_EQ(progressOf(goal, data, start).trend, Trend::Worsening);
}

TEST(GoalStatus, MetMetLateNotMetOrInProgressByTheTargetDate)
{
    Goal goal = goalOf(GoalMetric::HeadacheDaysPerMonth, 12, 6);
    goal.targetDate = day(2026, 3, 1);
    const Date start = day(2026, 1, 1);
    const ProgressData onTime = diaries({{day(2026, 2, 1), 10}, {day(2026, 2, 20), 6}, {day(2026, 4, 1), 5}});
    EXPECT_EQ(progressOf(goal, onTime, start, day(2026, 5, 1)).status, GoalStatus::Met);
    const ProgressData late = diaries({{day(2026, 2, 1), 10}, {day(2026, 4, 1), 6}});
    const GoalProgress metLate = progressOf(goal, late, start, day(2026, 5, 1));
    EXPECT_EQ(metLate.status, GoalStatus::MetLate);
    EXPECT_EQ(metLate.firstMet, day(2026, 4, 1));
    const ProgressData notYet = diaries({{day(2026, 2, 1), 10}});
    EXPECT_EQ(progressOf(goal, notYet, start, day(2026, 2, 15)).status, GoalStatus::InProgress);
    EXPECT_EQ(progressOf(goal, notYet, start, day(2026, 3, 2)).status, GoalStatus::NotMet);
    EXPECT_EQ(progressOf(goal, notYet, start).status, GoalStatus::InProgress) << "without a day, never passed";
    // Met on time, lost, met again after the target date: it was met by its date.
    const ProgressData regained = diaries({{day(2026, 2, 1), 5}, {day(2026, 3, 15), 9}, {day(2026, 4, 1), 6}});
    EXPECT_EQ(progressOf(goal, regained, start, day(2026, 5, 1)).status, GoalStatus::Met);
}

TEST(GoalSeries, PsfsActivitiesAreMatchedByNameIgnoringCase)
{
    Goal goal = goalOf(GoalMetric::PsfsActivity, 3, 8);
    goal.activity = "Lifting my toddler";
    ProgressData data;
    data.measures.push_back(psfs(day(2026, 11, 2), {{"lifting my toddler", 3}, {"driving", 5}}));
    data.measures.push_back(psfs(day(2026, 11, 30), {{"Driving", 6}, {"LIFTING MY TODDLER", 6}}));

    const std::vector<MetricPoint> series = seriesOf(goal, data);
    ASSERT_EQ(series.size(), 2u);
    EXPECT_DOUBLE_EQ(series[0].value, 3);
    EXPECT_DOUBLE_EQ(series[1].value, 6);
}

TEST(GoalSeries, VoidedMeasuresAndOtherKindsAreLeftOut)
{
    const Goal goal = goalOf(GoalMetric::NdiPercent, 40, 20);
    ProgressData data;
    OutcomeMeasure ndi;
    ndi.kind = MeasureKind::Ndi;
    ndi.takenOn = day(2026, 11, 2);
    ndi.answers = {2, 2, 2, 2, 2, 2, 2, 2, 2, 2};
    data.measures.push_back(ndi);
    OutcomeMeasure voided = ndi;
    voided.answers = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    voided.voidedAt = Timestamp::fromIso8601("2026-11-20T15:00:00Z");
    data.measures.push_back(voided);
    data.measures.push_back(psfs(day(2026, 11, 3), {{"reading", 4}, {"driving", 7}, {"lifting", 5}}));

    const std::vector<MetricPoint> series = seriesOf(goal, data);
    ASSERT_EQ(series.size(), 1u);
    EXPECT_DOUBLE_EQ(series[0].value, 40);
}

TEST(GoalBaseline, IsTheLatestValueOnOrBeforeTheDay)
{
    const Goal goal = goalOf(GoalMetric::HeadacheDaysPerMonth, 0, 0);
    const ProgressData data =
        diaries({{day(2026, 10, 1), 14}, {day(2026, 10, 29), 12}, {day(2026, 11, 5), 10}});
    EXPECT_DOUBLE_EQ(*baselineFor(goal, data, day(2026, 11, 2)), 12);
    EXPECT_FALSE(baselineFor(goal, data, day(2026, 9, 1)));

    // As the plan will show it: 8 days in a 28-day diary starts a goal at 8.6, not 8.571…
    ProgressData fourWeeks;
    fourWeeks.visits.push_back(visit(day(2026, 10, 29), 8));
    fourWeeks.visits.back().diaryDays = 28;
    EXPECT_DOUBLE_EQ(*baselineFor(goal, fourWeeks, day(2026, 11, 2)), 8.6);
}

TEST(GoalProgress, IsComputedFromTheFiguresAsShown)
{
    // 8 headache days in a 28-day diary is 8.57 a month, shown as 8.6 like the baseline of 8.64:
    // no change, not "8.6 → 8.6 days, 1 % of the way".
    const Goal goal = goalOf(GoalMetric::HeadacheDaysPerMonth, 8.64, 4);
    sessions::VisitFindings fourWeeks = visit(day(2026, 11, 16), 8);
    fourWeeks.diaryDays = 28;
    ProgressData data;
    data.visits.push_back(fourWeeks);

    const GoalProgress same = progressOf(goal, data, day(2026, 11, 2));
    ASSERT_TRUE(same.latest);
    EXPECT_DOUBLE_EQ(same.latest->value, 8.6);
    EXPECT_DOUBLE_EQ(*same.fractionOfWay, 0);
    EXPECT_TRUE(same.unchanged);
    EXPECT_DOUBLE_EQ(*same.reduction, 0);

    // 8 days in 30: 0.6 of the 4.6 days from the baseline as shown to the target.
    const GoalProgress better = progressOf(goal, diaries({{day(2026, 11, 16), 8}}), day(2026, 11, 2));
    EXPECT_FALSE(better.unchanged);
    EXPECT_NEAR(*better.fractionOfWay, 0.6 / 4.6, 1e-9);
}

TEST(GoalProgress, AValueShownAsTheTargetMeetsIt)
{
    // A target typed as 6.04 shows as "6 days": 6 days meets it, all the way.
    Goal goal = goalOf(GoalMetric::HeadacheDaysPerMonth, 12, 6.04);
    const GoalProgress progress = progressOf(goal, diaries({{day(2026, 11, 30), 6}}), day(2026, 11, 2));
    EXPECT_TRUE(progress.met);
    EXPECT_DOUBLE_EQ(*progress.fractionOfWay, 1);
}

TEST(GoalProgress, NeckPainGoalsFollowTheNprsMeasures)
{
    const Goal goal = goalOf(GoalMetric::Nprs, 7, 3);
    EXPECT_TRUE(lowerIsBetter(GoalMetric::Nprs));
    ProgressData data;
    data.measures = {nprs(day(2026, 11, 2), 7), nprs(day(2026, 11, 16), 5)};
    OutcomeMeasure voided = nprs(day(2026, 11, 20), 1);
    voided.voidedAt = Timestamp::fromIso8601("2026-11-20T15:00:00Z");
    data.measures.push_back(voided);

    const GoalProgress progress = progressOf(goal, data, day(2026, 11, 2));
    ASSERT_TRUE(progress.latest);
    EXPECT_DOUBLE_EQ(progress.latest->value, 5);
    EXPECT_DOUBLE_EQ(*progress.fractionOfWay, 0.5);
    EXPECT_EQ(metricRange(goal).highest, 10);
}

TEST(GoalBaseline, TheLatestRecordedValueComesWithItsDate)
{
    Goal goal;
    goal.metric = GoalMetric::Nprs;
    ProgressData data;
    data.measures = {nprs(day(2026, 10, 5), 8), nprs(day(2026, 11, 9), 6), nprs(day(2026, 12, 1), 4)};
    const std::optional<MetricPoint> latest = latestRecorded(goal, data, day(2026, 11, 23));
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->date, day(2026, 11, 9));
    EXPECT_DOUBLE_EQ(latest->value, 6);

    // Nothing recorded for the measure: nothing, never a made-up number.
    goal.metric = GoalMetric::NdiPercent;
    EXPECT_FALSE(latestRecorded(goal, data, day(2026, 11, 23)));
    goal.metric = GoalMetric::Nprs;
    EXPECT_FALSE(latestRecorded(goal, data, day(2026, 10, 1)));
}

} // namespace
} // namespace knotwork::plans
