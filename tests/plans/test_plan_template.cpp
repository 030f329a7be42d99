#include <gtest/gtest.h>

#include "plan_fixtures.h"
#include "plans/plan_template.h"
#include "plans/plan_validation.h"

namespace knotwork::plans {
namespace {

using namespace testing;
using sessions::RomDirection;

PlanTemplate builtIn(PlanFocus focus)
{
    for (const PlanTemplate& candidate : builtInTemplates())
        if (candidate.focus == focus)
            return candidate;
    throw std::logic_error("no built-in template");
}

TEST(BuiltInTemplates, FollowTheSeedsFrequencyAndAreValid)
{
    for (const PlanTemplate& planTemplate : builtInTemplates()) {
        EXPECT_TRUE(planTemplate.builtIn());
        EXPECT_EQ(planTemplate.phases, seedPlan().phases) << planTemplate.name;
        EXPECT_NO_THROW(validateTemplate(planTemplate)) << planTemplate.name;
        EXPECT_TRUE(planTemplate.homeProgramme.contains(sessions::HomeCare::SuboccipitalBallRelease));
    }
}

TEST(TemplateInstantiation, TargetsFollowFromTheClientsBaselines)
{
    ProgressData data;
    data.visits.push_back(visit(day(2026, 10, 26), 12, 6));
    OutcomeMeasure hdi;
    hdi.kind = MeasureKind::Hdi;
    hdi.takenOn = day(2026, 10, 26);
    hdi.answers.assign(kHdiItems, 2);  // 50
    data.measures.push_back(hdi);

    const InstantiatedPlan result =
        instantiate(builtIn(PlanFocus::TensionType), 3, day(2026, 11, 2), data, {});
    const TreatmentPlan& plan = result.plan;
    EXPECT_TRUE(result.skipped.empty());
    EXPECT_EQ(plan.clientId, 3);
    EXPECT_EQ(plan.reviewDate, day(2026, 12, 14));
    EXPECT_EQ(plan.phaseStartedOn, day(2026, 11, 2));
    ASSERT_EQ(plan.goals.size(), 3u);

    EXPECT_EQ(plan.goals[0].metric, GoalMetric::AverageIntensity);
    EXPECT_DOUBLE_EQ(plan.goals[0].baseline, 6);
    EXPECT_DOUBLE_EQ(plan.goals[0].target, 4);
    EXPECT_EQ(plan.goals[0].targetDate, day(2026, 12, 14));
    EXPECT_EQ(plan.goals[0].phase, 0);

    EXPECT_DOUBLE_EQ(plan.goals[1].baseline, 12);
    EXPECT_DOUBLE_EQ(plan.goals[1].target, 6);  // halved
    EXPECT_EQ(plan.goals[1].targetDate, day(2027, 3, 8));
    EXPECT_EQ(plan.goals[1].phase, 1);

    EXPECT_DOUBLE_EQ(plan.goals[2].baseline, 50);
    EXPECT_DOUBLE_EQ(plan.goals[2].target, 21);  // the minimal detectable change, 29
    EXPECT_EQ(plan.goals[0].id, 1);
    EXPECT_EQ(plan.goals[2].id, 3);
    EXPECT_NO_THROW(validatePlan(plan));
}

TEST(TemplateInstantiation, TheIntakeStandsInWhenNoNoteExists)
{
    const InstantiatedPlan result = instantiate(builtIn(PlanFocus::TensionType), 3,
                                                day(2026, 11, 2), {}, {.headacheDaysPerMonth = 10,
                                                                       .usualIntensity = 5});
    ASSERT_EQ(result.plan.goals.size(), 2u);
    EXPECT_DOUBLE_EQ(result.plan.goals[0].baseline, 5);
    EXPECT_DOUBLE_EQ(result.plan.goals[1].baseline, 10);
    ASSERT_EQ(result.skipped.size(), 1u);
    EXPECT_EQ(result.skipped[0].goal.metric, GoalMetric::HdiTotal);
    EXPECT_NE(result.skipped[0].reason.find("record one"), std::string::npos);
}

TEST(TemplateInstantiation, RomTargetsStopAtTheTypicalRange)
{
    ProgressData data;
    sessions::VisitFindings findings = visit(day(2026, 10, 26), 8);
    findings.rom[RomDirection::RotationLeft] = {55, std::nullopt};
    findings.rom[RomDirection::RotationRight] = {80, std::nullopt};
    data.visits.push_back(findings);

    const InstantiatedPlan result =
        instantiate(builtIn(PlanFocus::Cervicogenic), 3, day(2026, 11, 2), data, {});
    ASSERT_FALSE(result.plan.goals.empty());
    const Goal& left = result.plan.goals[0];
    EXPECT_EQ(left.direction, RomDirection::RotationLeft);
    EXPECT_DOUBLE_EQ(left.target, 70);  // 55 + 15
    // Right rotation is already at the typical 80°: no goal to set.
    bool skippedRight = false;
    for (const SkippedGoal& skipped : result.skipped)
        skippedRight = skippedRight || skipped.goal.direction == RomDirection::RotationRight;
    EXPECT_TRUE(skippedRight);
}

TEST(OwnTemplates, APlanKeepsItsShapeAndItsGoalsDistanceFromTheBaseline)
{
    TreatmentPlan plan = seedPlan();
    plan.phases[0].visits = 4;
    Goal days = goalOf(GoalMetric::HeadacheDaysPerMonth, 12, 8, 1);
    days.targetDate = plan.startDate + boost::gregorian::weeks(10);
    plan.goals = {days};
    const PlanTemplate own = templateFrom(plan, "My four-week start");
    EXPECT_EQ(own.name, "My four-week start");
    EXPECT_EQ(own.phases, plan.phases);
    EXPECT_EQ(own.reviewAfterWeeks, 6);
    ASSERT_EQ(own.goals.size(), 1u);
    EXPECT_DOUBLE_EQ(own.goals[0].pointsChange, -4);
    EXPECT_EQ(own.goals[0].weeks, 10);
    EXPECT_EQ(own.goals[0].phase, 1);
    EXPECT_NO_THROW(validateTemplate(own));

    // Used for the next client, the goal lies as far from their own baseline.
    ProgressData data;
    data.visits.push_back(visit(day(2027, 1, 4), 20));
    const InstantiatedPlan next = instantiate(own, 9, day(2027, 1, 4), data, {});
    ASSERT_EQ(next.plan.goals.size(), 1u);
    EXPECT_DOUBLE_EQ(next.plan.goals[0].target, 16);
}

TEST(TemplateInstantiation, AStoredTemplateIsRememberedOnThePlan)
{
    PlanTemplate own = builtIn(PlanFocus::TensionType);
    own.id = 12;
    EXPECT_EQ(instantiate(own, 3, day(2026, 11, 2), {}, {}).plan.templateId, 12);
    EXPECT_FALSE(instantiate(builtIn(PlanFocus::TensionType), 3, day(2026, 11, 2), {}, {})
                     .plan.templateId);
}

} // namespace
} // namespace knotwork::plans
