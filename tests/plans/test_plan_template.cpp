#include <gtest/gtest.h>

#include "plan_fixtures.h"
#include "plans/plan_service.h"
#include "plans/plan_template.h"
#include "plans/plan_validation.h"
#include "sessions/note_rules.h"

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
    EXPECT_NO_THROW(validatePlan(plan, plan.startDate));
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

OutcomeMeasure hdiOf(const Date& on, int total)
{
    OutcomeMeasure hdi;
    hdi.kind = MeasureKind::Hdi;
    hdi.takenOn = on;
    hdi.answers.assign(kHdiItems, 0);
    for (int i = 0; i < total / 2; ++i)
        *hdi.answers[static_cast<std::size_t>(i % kHdiItems)] += 2;
    return hdi;
}

const SkippedGoal* skippedOf(const InstantiatedPlan& result, GoalMetric metric)
{
    for (const SkippedGoal& skipped : result.skipped)
        if (skipped.goal.metric == metric)
            return &skipped;
    return nullptr;
}

const Goal* goalFor(const InstantiatedPlan& result, GoalMetric metric)
{
    for (const Goal& goal : result.plan.goals)
        if (goal.metric == metric)
            return &goal;
    return nullptr;
}

TEST(TemplateInstantiation, NoHdiGoalWhenTheBaselineIsWithinItsTwentyNinePoints)
{
    ProgressData data;
    data.visits.push_back(visit(day(2026, 10, 26), 12, 6));
    data.measures.push_back(hdiOf(day(2026, 10, 26), 28));
    InstantiatedPlan result = instantiate(builtIn(PlanFocus::TensionType), 3, day(2026, 11, 2), data, {});
    EXPECT_FALSE(goalFor(result, GoalMetric::HdiTotal)) << "a target of 0 or less is no goal";
    ASSERT_TRUE(skippedOf(result, GoalMetric::HdiTotal));
    EXPECT_EQ(skippedOf(result, GoalMetric::HdiTotal)->reason,
              "No goal for Headache Disability Index: a baseline of 28 leaves no room for the template's change of "
              "29 (a target of 0 is not a goal).");

    data.measures = {hdiOf(day(2026, 10, 26), 30)};
    result = instantiate(builtIn(PlanFocus::TensionType), 3, day(2026, 11, 2), data, {});
    ASSERT_TRUE(goalFor(result, GoalMetric::HdiTotal));
    EXPECT_DOUBLE_EQ(goalFor(result, GoalMetric::HdiTotal)->target, 1);
}

TEST(TemplateInstantiation, NoNdiGoalAtTenPercentOrLessAndNoHeadacheDayGoalOfZero)
{
    ProgressData data;
    data.visits.push_back(visit(day(2026, 10, 26), 1));  // one headache day: half is not a goal
    OutcomeMeasure ndi;
    ndi.kind = MeasureKind::Ndi;
    ndi.takenOn = day(2026, 10, 26);
    ndi.answers = {1, 1, 1, 1, 1, 0, 0, 0, 0, 0};  // 10 %
    data.measures.push_back(ndi);
    InstantiatedPlan result = instantiate(builtIn(PlanFocus::Cervicogenic), 3, day(2026, 11, 2), data, {});
    EXPECT_FALSE(goalFor(result, GoalMetric::NdiPercent));
    ASSERT_TRUE(skippedOf(result, GoalMetric::NdiPercent));
    EXPECT_NE(skippedOf(result, GoalMetric::NdiPercent)->reason.find("a baseline of 10 %"), std::string::npos);
    EXPECT_FALSE(goalFor(result, GoalMetric::HeadacheDaysPerMonth));
    ASSERT_TRUE(skippedOf(result, GoalMetric::HeadacheDaysPerMonth));

    data.visits = {visit(day(2026, 10, 26), 15)};
    data.measures[0].answers[5] = 1;  // 12 %
    result = instantiate(builtIn(PlanFocus::Cervicogenic), 3, day(2026, 11, 2), data, {});
    ASSERT_TRUE(goalFor(result, GoalMetric::NdiPercent));
    EXPECT_DOUBLE_EQ(goalFor(result, GoalMetric::NdiPercent)->target, 2);
    // 15 days: the target is 7, so meeting it makes a responder (7.5 would round to 8, 47 %).
    ASSERT_TRUE(goalFor(result, GoalMetric::HeadacheDaysPerMonth));
    EXPECT_DOUBLE_EQ(goalFor(result, GoalMetric::HeadacheDaysPerMonth)->target, 7);
    for (const Goal& goal : result.plan.goals)
        EXPECT_GT(goal.target, 0) << describeGoal(goal);
}

TEST(TemplateInstantiation, RomTargetsRespectTheClientsAgeBand)
{
    ProgressData data;
    sessions::VisitFindings findings = visit(day(2026, 10, 26), 8);
    findings.rom[RomDirection::RotationLeft] = {55, std::nullopt};
    findings.rom[RomDirection::RotationRight] = {66, std::nullopt};
    data.visits.push_back(findings);
    EXPECT_EQ(sessions::typicalRomForAge(RomDirection::RotationLeft, 35), 80);
    EXPECT_EQ(sessions::typicalRomForAge(RomDirection::RotationLeft, 45), 70);
    EXPECT_EQ(sessions::typicalRomForAge(RomDirection::RotationLeft, 67), 65);
    EXPECT_EQ(sessions::typicalRomForAge(RomDirection::Flexion, 67), 40);

    IntakeBaselines client;
    client.ageYears = 67;
    const InstantiatedPlan result = instantiate(builtIn(PlanFocus::Cervicogenic), 3, day(2026, 11, 2), data, client);
    const Goal* left = nullptr;
    for (const Goal& goal : result.plan.goals)
        if (goal.metric == GoalMetric::Rom && goal.direction == RomDirection::RotationLeft)
            left = &goal;
    ASSERT_TRUE(left);
    EXPECT_DOUBLE_EQ(left->target, 65) << "55 + 15 is 70, beyond the typical 65° at 67";
    const SkippedGoal* right = nullptr;
    for (const SkippedGoal& skipped : result.skipped)
        if (skipped.goal.direction == RomDirection::RotationRight)
            right = &skipped;
    ASSERT_TRUE(right);
    EXPECT_NE(right->reason.find("typical range for the client's age (65°)"), std::string::npos) << right->reason;
}

TEST(TemplateInstantiation, TheCervicogenicTemplateSetsAFlexionRotationGoalOnTheRestrictedSide)
{
    ProgressData data;
    sessions::VisitFindings findings = visit(day(2026, 10, 26), 8);
    findings.cfrtLeft = 42;
    findings.cfrtRight = 31;
    data.visits.push_back(findings);

    // At 30° the right (31°) is restricted only by lying 11° below the left.
    InstantiatedPlan result = instantiate(builtIn(PlanFocus::Cervicogenic), 3, day(2026, 11, 2), data, {});
    const Goal* cfrt = goalFor(result, GoalMetric::Cfrt);
    ASSERT_TRUE(cfrt);
    EXPECT_EQ(cfrt->direction, RomDirection::RotationRight);
    EXPECT_DOUBLE_EQ(cfrt->baseline, 31);
    EXPECT_DOUBLE_EQ(cfrt->target, 41);  // 10° more
    EXPECT_EQ(cfrt->phase, 0);
    EXPECT_EQ(describeGoal(*cfrt), "Flexion-rotation test, right");

    // Close to normal: 10° more would pass 44°, the range without symptoms.
    data.visits[0].cfrtLeft = 44;
    data.visits[0].cfrtRight = 32;
    IntakeBaselines practice;
    practice.cfrtCutoff = 32;
    result = instantiate(builtIn(PlanFocus::Cervicogenic), 3, day(2026, 11, 2), data, practice);
    ASSERT_TRUE(goalFor(result, GoalMetric::Cfrt));
    EXPECT_DOUBLE_EQ(goalFor(result, GoalMetric::Cfrt)->target, 42);

    data.visits[0].cfrtLeft = 40;
    data.visits[0].cfrtRight = 36;  // neither side restricted
    result = instantiate(builtIn(PlanFocus::Cervicogenic), 3, day(2026, 11, 2), data, {});
    EXPECT_FALSE(goalFor(result, GoalMetric::Cfrt));
    ASSERT_TRUE(skippedOf(result, GoalMetric::Cfrt));
    EXPECT_NE(skippedOf(result, GoalMetric::Cfrt)->reason.find("not restricted on either side"), std::string::npos);
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
