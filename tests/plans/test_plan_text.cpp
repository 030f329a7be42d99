// A goal's progress in words, as the Plan tab, `knotwork-cli plan show` and the progress report
// print it: the figures shown agree with each other; the line of the plan's current phase.
#include <gtest/gtest.h>

#include "plan_fixtures.h"
#include "plans/plan_text.h"

namespace knotwork::plans {
namespace {

using namespace testing;

GoalProgress headacheDays(double baseline, double target, int days, int diaryDays)
{
    sessions::VisitFindings findings = visit(day(2026, 11, 16), days);
    findings.diaryDays = diaryDays;
    ProgressData data;
    data.visits.push_back(findings);
    return progressOf(goalOf(GoalMetric::HeadacheDaysPerMonth, baseline, target), data, day(2026, 11, 2));
}

TEST(GoalRowText, SaysNoChangeWhenTheLatestShowsAsTheBaseline)
{
    // 8 days in 28 (8.57 a month) against a baseline of 8.64: both show as 8.6.
    const GoalRow row = describeGoalProgress(headacheDays(8.64, 4, 8, 28));
    EXPECT_EQ(row.change, "8.6 days, no change");
    EXPECT_EQ(row.baseline, "8.6 days");
    EXPECT_EQ(row.way, "0 %");
    EXPECT_TRUE(row.unchanged);
    EXPECT_EQ(goalSentence(row), "Headache days per month: 8.6 days at the start, 8.6 days (2026-11-16) now, "
                                 "no change; target 4 days; trend: not enough data yet. Headache days: not yet "
                                 "a responder (0 % fewer days; 50 % fewer is).");
}

TEST(GoalRowText, ShowsTheWayFromBaselineToLatest)
{
    const GoalRow row = describeGoalProgress(headacheDays(12, 6, 9, 30));
    EXPECT_EQ(row.change, "12 → 9 days");
    EXPECT_EQ(row.way, "50 %");
    EXPECT_EQ(row.latest, "9 days (2026-11-16)");
    EXPECT_FALSE(row.unchanged);
    EXPECT_EQ(goalSentence(row), "Headache days per month: 12 days at the start, 9 days (2026-11-16) now, 50 % of "
                                 "the way to 6 days; trend: not enough data yet. Headache days: not yet a "
                                 "responder (25 % fewer days; 50 % fewer is).");
}

TEST(GoalRowText, ADashBeforeAnyValue)
{
    GoalProgress unmeasured;
    unmeasured.goal = goalOf(GoalMetric::Nprs, 7, 3);
    const GoalRow row = describeGoalProgress(unmeasured);
    EXPECT_EQ(row.goal, "Neck pain (NPRS)");
    EXPECT_EQ(row.change, "7 → \u2014");
    EXPECT_EQ(row.way, "\u2014");
    EXPECT_EQ(row.target, "3/10");
    EXPECT_EQ(goalSentence(row), "Neck pain (NPRS): 7/10 at the start, nothing recorded since; target 3/10.");
}

// 12 → 6 headache days by 1 Mar 2026, from 30-day diaries.
GoalProgress byTarget(std::initializer_list<std::pair<Date, int>> diaries, const Date& asOf)
{
    Goal goal = goalOf(GoalMetric::HeadacheDaysPerMonth, 12, 6);
    goal.targetDate = day(2026, 3, 1);
    ProgressData data;
    for (const auto& [on, days] : diaries)
        data.visits.push_back(visit(on, days));
    return progressOf(goal, data, day(2026, 1, 1), asOf);
}

TEST(GoalRowText, SaysWhetherTheGoalWasMetByItsDateMetLateOrNotMet)
{
    GoalRow row = describeGoalProgress(byTarget({{day(2026, 2, 1), 10}, {day(2026, 2, 20), 6}}, day(2026, 4, 1)));
    EXPECT_EQ(row.status, "Met since 2026-02-20");
    EXPECT_EQ(goalSentence(row), "Headache days per month: 12 days at the start, 6 days (2026-02-20) now; target 6 "
                                 "days by 2026-03-01. Met since 2026-02-20. Headache days: responder (50 % fewer "
                                 "days).");

    row = describeGoalProgress(byTarget({{day(2026, 2, 1), 10}, {day(2026, 3, 20), 5}}, day(2026, 4, 1)));
    EXPECT_EQ(row.status, "Met late: reached on 2026-03-20, target date 2026-03-01");
    EXPECT_TRUE(row.met);

    row = describeGoalProgress(byTarget({{day(2026, 2, 1), 10}}, day(2026, 4, 1)));
    EXPECT_EQ(row.status, "Not met; target date 2026-03-01");
    EXPECT_TRUE(row.notMet);
    EXPECT_EQ(goalSentence(row), "Headache days per month: 12 days at the start, 10 days (2026-02-01) now, 33 % of "
                                 "the way to 6 days by 2026-03-01; trend: not enough data yet. Not met; target date "
                                 "2026-03-01. Headache days: not yet a responder (17 % fewer days; 50 % fewer is).");

    row = describeGoalProgress(byTarget({{day(2026, 2, 1), 10}}, day(2026, 2, 15)));
    EXPECT_EQ(row.status, "In progress");
    EXPECT_FALSE(row.notMet);

    row = describeGoalProgress(byTarget({{day(2026, 2, 1), 5}, {day(2026, 3, 10), 9}, {day(2026, 3, 20), 6}},
                                        day(2026, 4, 1)));
    EXPECT_EQ(row.status, "Met on 2026-02-01, again since 2026-03-20");
}

TEST(PhaseLine, CountsTheVisitsSinceThePhaseBeganInTheRightNumber)
{
    PlanProgress progress;
    progress.plan.phases = {FrequencyPhase{2, std::nullopt, 6}};
    progress.plan.phaseStartedOn = day(2026, 11, 2);
    progress.visitsInPhase = 1;
    EXPECT_EQ(phaseLine(progress, nullptr), "Phase 1 of 1: Every 2 weeks × 6 · 1 visit since 2026-11-02");
    progress.visitsInPhase = 2;
    EXPECT_EQ(phaseLine(progress, nullptr), "Phase 1 of 1: Every 2 weeks × 6 · 2 visits since 2026-11-02");
}

} // namespace
} // namespace knotwork::plans
