#include <gtest/gtest.h>

#include "common/error.h"
#include "plan_fixtures.h"
#include "plans/plan_validation.h"

namespace knotwork::plans {
namespace {

using namespace testing;

const Date kToday(2026, 11, 24);

// The problems validation finds, as "field: rule".
template <typename Check>
std::vector<std::string> problemsOf(Check check)
{
    try {
        check();
    } catch (const ValidationError& error) {
        std::vector<std::string> found;
        for (const FieldProblem& problem : error.problems())
            found.push_back(problem.field + ": " + problem.rule);
        return found;
    }
    return {};
}

std::vector<std::string> planProblems(const TreatmentPlan& plan)
{
    return problemsOf([&plan] { validatePlan(plan, kToday); });
}

std::vector<std::string> measureProblems(const OutcomeMeasure& measure)
{
    return problemsOf([&measure] { validateMeasure(measure, kToday); });
}

TreatmentPlan planWithGoal(const Goal& goal)
{
    TreatmentPlan plan = seedPlan();
    plan.goals = {goal};
    return plan;
}

using Problems = std::vector<std::string>;

TEST(PlanValidation, TheSeedPlanWithAGoalIsValid)
{
    EXPECT_EQ(planProblems(planWithGoal(goalOf(GoalMetric::HeadacheDaysPerMonth, 12, 6))),
              Problems{});
}

TEST(PlanValidation, DatesAreRequiredAndInOrder)
{
    TreatmentPlan plan = seedPlan();
    plan.reviewDate = day(2026, 11, 1);
    EXPECT_EQ(planProblems(plan), Problems{"review_date: after-start"});
    plan.startDate = Date(boost::gregorian::not_a_date_time);
    EXPECT_EQ(planProblems(plan), Problems{"start_date: required"});
}

TEST(PlanValidation, OnHoldOrDiscontinuedNeedsAReason)
{
    TreatmentPlan plan = seedPlan();
    plan.status = PlanStatus::Discontinued;
    EXPECT_EQ(planProblems(plan), Problems{"status_reason: required"});
    plan.statusReason = "Moved away";
    EXPECT_EQ(planProblems(plan), Problems{});
    plan.status = PlanStatus::Completed;
    plan.statusReason.clear();
    EXPECT_EQ(planProblems(plan), Problems{});
}

TEST(PlanValidation, OnlyTheLastPhaseMayBeOpenEnded)
{
    TreatmentPlan plan = seedPlan();
    plan.phases[0].visits.reset();
    plan.phases[1].everyWeeksMost = 1;
    plan.phases[2] = {30, std::nullopt, std::nullopt};
    EXPECT_EQ(planProblems(plan), (Problems{"phases[0].visits: open-ended-last",
                                            "phases[1].every_weeks_most: range",
                                            "phases[2].every_weeks: range"}));
    plan.phases.clear();
    plan.currentPhase = 0;
    EXPECT_EQ(planProblems(plan), Problems{"phases: required"});
}

TEST(PlanValidation, ATargetMustBeBetterThanTheBaseline)
{
    EXPECT_EQ(planProblems(planWithGoal(goalOf(GoalMetric::HeadacheDaysPerMonth, 6, 8))),
              Problems{"goals[0].target: target-direction"});
    EXPECT_EQ(planProblems(planWithGoal(goalOf(GoalMetric::PsfsActivity, 6, 4))),
              (Problems{"goals[0].activity: required", "goals[0].target: target-direction"}));
}

TEST(PlanValidation, GoalsNameWhatTheyMeasureWithinItsRange)
{
    Goal rom = goalOf(GoalMetric::Rom, 60, 200);
    rom.targetDate = day(2026, 10, 1);
    rom.phase = 3;
    EXPECT_EQ(planProblems(planWithGoal(rom)),
              (Problems{"goals[0].direction: required", "goals[0].target: range",
                        "goals[0].target_date: after-start", "goals[0].phase: range"}));
    EXPECT_EQ(planProblems(planWithGoal(goalOf(GoalMetric::AverageIntensity, 12, 6))),
              Problems{"goals[0].baseline: range"});
}

TEST(PlanValidation, GoalNumbersAreUnique)
{
    TreatmentPlan plan = planWithGoal(goalOf(GoalMetric::HeadacheDaysPerMonth, 12, 6));
    plan.goals.push_back(plan.goals[0]);
    EXPECT_EQ(planProblems(plan), Problems{"goals[1].id: unique"});
}

OutcomeMeasure measureOf(MeasureKind kind)
{
    OutcomeMeasure measure;
    measure.clientId = 3;
    measure.kind = kind;
    measure.takenOn = kToday;
    return measure;
}

TEST(MeasureValidation, NdiSectionsAreZeroToFiveWithAtMostTwoSkipped)
{
    OutcomeMeasure ndi = measureOf(MeasureKind::Ndi);
    ndi.answers = {0, 5, 6, std::nullopt, 1, 1, 1, 1, 1, 1};
    EXPECT_EQ(measureProblems(ndi), Problems{"answers[2]: range"});
    ndi.answers = {0, 5, 3, std::nullopt, std::nullopt, std::nullopt, 1, 1, 1, 1};
    EXPECT_EQ(measureProblems(ndi), Problems{"answers: too-many-skipped"});
    ndi.answers = {1, 1};
    EXPECT_EQ(measureProblems(ndi), Problems{"answers: count"});
}

TEST(MeasureValidation, EveryHdiItemIsAnsweredFourTwoOrZero)
{
    OutcomeMeasure hdi = measureOf(MeasureKind::Hdi);
    hdi.answers.assign(kHdiItems, 2);
    EXPECT_EQ(measureProblems(hdi), Problems{});
    hdi.answers[4] = 3;
    hdi.answers[24].reset();
    EXPECT_EQ(measureProblems(hdi), (Problems{"answers[4]: hdi-answer", "answers[24]: required"}));
}

TEST(MeasureValidation, PsfsRatesThreeToFiveNamedActivities)
{
    OutcomeMeasure psfs = measureOf(MeasureKind::Psfs);
    psfs.activities = {{"Reading", 4}, {"reading", 11}};
    EXPECT_EQ(measureProblems(psfs), (Problems{"activities: count", "activities[1].rating: range",
                                               "activities[1].activity: unique"}));
    psfs.activities = {{"Reading", 4}, {"Driving", 6}, {"", 5}};
    EXPECT_EQ(measureProblems(psfs), Problems{"activities[2].activity: required"});
}

TEST(MeasureValidation, TotalsStayWithinTheirScales)
{
    OutcomeMeasure hit6 = measureOf(MeasureKind::Hit6);
    EXPECT_EQ(measureProblems(hit6), Problems{"total: required"});
    hit6.total = 30;
    EXPECT_EQ(measureProblems(hit6), Problems{"total: range"});
    OutcomeMeasure nprs = measureOf(MeasureKind::Nprs);
    nprs.total = 7;
    EXPECT_EQ(measureProblems(nprs), Problems{});
}

TEST(MeasureValidation, Hit6IsATotalSixAnswersCanMakeAndNeverItsItems)
{
    OutcomeMeasure hit6 = measureOf(MeasureKind::Hit6);
    hit6.total = 58;
    EXPECT_EQ(measureProblems(hit6), Problems{});
    for (const int impossible : {37, 39, 77}) {
        hit6.total = impossible;
        EXPECT_EQ(measureProblems(hit6), Problems{"total: hit6-sum"}) << impossible;
    }
    hit6.total = 58;
    hit6.answers = {6, 8, 10, 11, 13, 10};  // the licensed items are not stored
    EXPECT_EQ(measureProblems(hit6), Problems{"answers: licensed"});
}

TEST(MeasureValidation, AMeasureCannotBeTakenInTheFuture)
{
    OutcomeMeasure nprs = measureOf(MeasureKind::Nprs);
    nprs.total = 3;
    nprs.takenOn = kToday + boost::gregorian::days(1);
    EXPECT_EQ(measureProblems(nprs), Problems{"taken_on: not-in-future"});
}

} // namespace
} // namespace knotwork::plans
