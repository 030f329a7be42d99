#include <gtest/gtest.h>

#include "plan_fixtures.h"
#include "plans/plan_reminders.h"

namespace knotwork::plans {
namespace {

using namespace testing;

GoalProgress progressFor(int id, int phase, bool met)
{
    GoalProgress progress;
    progress.goal = goalOf(GoalMetric::HeadacheDaysPerMonth, 12, 6, phase);
    progress.goal.id = id;
    progress.met = met;
    if (met)
        progress.metSince = day(2026, 11, 23);
    return progress;
}

TEST(PhaseText, ReadsLikeTheSeedArticle)
{
    const TreatmentPlan plan = seedPlan();
    EXPECT_EQ(describePhase(plan.phases[0]), "Weekly × 6");
    EXPECT_EQ(describePhase(plan.phases[2]), "Every 4–6 weeks");
    EXPECT_EQ(describePhases(plan.phases),
              "Weekly × 6, then every 2 weeks × 6, then every 4–6 weeks");
}

TEST(PhaseTransition, AllGoalsOfThePhaseMetSuggestsTheNextPhase)
{
    const TreatmentPlan plan = seedPlan();
    const PlanReminders reminders = remindersOf(
        plan, {progressFor(1, 0, true), progressFor(2, 0, true), progressFor(3, 1, false)}, 4,
        day(2026, 11, 30));
    ASSERT_TRUE(reminders.suggestedPhase);
    EXPECT_EQ(*reminders.suggestedPhase, 1);
    EXPECT_EQ(reminders.goalsMet, (std::vector<int>{1, 2}));
    EXPECT_FALSE(reminders.phaseVisitsDone);
}

TEST(PhaseTransition, OneGoalOfThePhaseNotMetSuggestsNothing)
{
    const TreatmentPlan plan = seedPlan();
    const PlanReminders reminders = remindersOf(
        plan, {progressFor(1, 0, true), progressFor(2, 0, false), progressFor(3, 1, true)}, 4,
        day(2026, 11, 30));
    EXPECT_FALSE(reminders.suggestedPhase);
    EXPECT_EQ(reminders.goalsMet, (std::vector<int>{1, 3}));
}

TEST(PhaseTransition, APhaseWithoutGoalsIsNotSuggestedAway)
{
    TreatmentPlan plan = seedPlan();
    plan.currentPhase = 1;
    EXPECT_FALSE(remindersOf(plan, {progressFor(1, 0, true)}, 2, day(2026, 11, 30)).suggestedPhase);
}

TEST(PhaseTransition, TheLastPhaseHasNoNext)
{
    TreatmentPlan plan = seedPlan();
    plan.currentPhase = 2;
    EXPECT_FALSE(remindersOf(plan, {progressFor(1, 2, true)}, 3, day(2026, 11, 30)).suggestedPhase);
}

TEST(PhaseTransition, VisitsDoneWithGoalsUnmetAskForAReview)
{
    const TreatmentPlan plan = seedPlan();
    EXPECT_FALSE(remindersOf(plan, {progressFor(1, 0, false)}, 5, day(2026, 11, 30)).phaseVisitsDone);
    EXPECT_TRUE(remindersOf(plan, {progressFor(1, 0, false)}, 6, day(2026, 11, 30)).phaseVisitsDone);
}

TEST(PhaseTransition, VisitsInThePhaseCountFromItsStart)
{
    TreatmentPlan plan = seedPlan();
    plan.phaseStartedOn = day(2026, 12, 14);
    ProgressData data;
    for (const Date& on : {day(2026, 12, 7), day(2026, 12, 14), day(2026, 12, 28)})
        data.visits.push_back(visit(on, 4));
    EXPECT_EQ(visitsInPhase(plan, data), 2);
}

TEST(GoalsMet, AreNewsForFourWeeks)
{
    const TreatmentPlan plan = seedPlan();
    const GoalProgress met = progressFor(1, 0, true);  // since 23 November
    EXPECT_EQ(remindersOf(plan, {met}, 2, day(2026, 12, 21)).goalsMet, std::vector<int>{1});
    EXPECT_TRUE(remindersOf(plan, {met}, 2, day(2026, 12, 22)).goalsMet.empty());
}

TEST(GoalsMet, AreNewsUntilThePlanMovesToItsNextPhase)
{
    TreatmentPlan plan = seedPlan();
    plan.currentPhase = 1;
    plan.phaseStartedOn = day(2026, 12, 14);
    GoalProgress before = progressFor(1, 0, true);
    GoalProgress since = progressFor(2, 1, true);
    since.metSince = day(2026, 12, 28);
    EXPECT_EQ(remindersOf(plan, {before, since}, 2, day(2026, 12, 30)).goalsMet, std::vector<int>{2});
}

TEST(PlanReview, IsDueOnceTheReviewDateHasPassed)
{
    const TreatmentPlan plan = seedPlan();
    EXPECT_FALSE(remindersOf(plan, {}, 0, day(2026, 12, 14)).reviewDue);
    EXPECT_TRUE(remindersOf(plan, {}, 0, day(2026, 12, 15)).reviewDue);
    EXPECT_TRUE(remindersOf(plan, {}, 0, day(2026, 12, 15)).any());
}

TEST(PlanReview, PlansNotActiveAskForNothing)
{
    TreatmentPlan plan = seedPlan();
    plan.status = PlanStatus::OnHold;
    EXPECT_FALSE(remindersOf(plan, {progressFor(1, 0, true)}, 9, day(2027, 6, 1)).any());
}

} // namespace
} // namespace knotwork::plans
