#include <gtest/gtest.h>

#include "common/error.h"
#include "plan_fixtures.h"
#include "plans/plan_json.h"

namespace knotwork::plans {
namespace {

using namespace testing;
using nlohmann::json;

TreatmentPlan fullPlan()
{
    TreatmentPlan plan = seedPlan();
    plan.focus = PlanFocus::Mixed;
    plan.templateId = 4;
    plan.targetMuscles = {sessions::Muscle::Suboccipitals, sessions::Muscle::Scalenes};
    plan.techniques = {sessions::Technique::SuboccipitalRelease};
    plan.homeProgramme = {sessions::HomeCare::Hydration};
    plan.precautions = "No deep work on the front of the neck";
    Goal rom = goalOf(GoalMetric::Rom, 55, 70);
    rom.direction = sessions::RomDirection::RotationLeft;
    rom.targetDate = day(2026, 12, 14);
    Goal activity = goalOf(GoalMetric::PsfsActivity, 3, 7, 1);
    activity.id = 2;
    activity.activity = "Reading for an hour — Łódź edition";
    plan.goals = {rom, activity};
    return plan;
}

TEST(PlanJson, APlanReadsBackAsWritten)
{
    const TreatmentPlan plan = fullPlan();
    const json written = plan;
    EXPECT_EQ(written["focus"], "mixed");
    EXPECT_EQ(written["phases"][2]["every_weeks_most"], 6);
    EXPECT_TRUE(written["phases"][2]["visits"].is_null());
    EXPECT_EQ(written["goals"][0]["direction"], "rotation_left");

    TreatmentPlan read = written.get<TreatmentPlan>();
    read.id = plan.id;  // lifecycle is written, never read
    EXPECT_EQ(json(read), written);
}

TEST(PlanJson, TheStoredBodyKeepsTheTreatmentAndGoals)
{
    const TreatmentPlan plan = fullPlan();
    TreatmentPlan read;
    readPlanBody(planBody(plan), read);
    EXPECT_EQ(read.goals, plan.goals);
    EXPECT_EQ(read.phases, plan.phases);
    EXPECT_EQ(read.targetMuscles, plan.targetMuscles);
    EXPECT_EQ(read.precautions, plan.precautions);
}

TEST(PlanJson, AWrongValueNamesItsPath)
{
    json input = json(fullPlan());
    input["goals"][1]["metric"] = "happiness";
    try {
        (void)input.get<TreatmentPlan>();
        FAIL() << "read a goal with an unknown metric";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.problems().front().field, "goals[1].metric");
    }
}

TEST(MeasureJson, AnswersKeepSkippedSectionsAsNull)
{
    const json input = json::parse(R"({"client_id": 3, "kind": "ndi", "taken_on": "2026-11-02",
        "answers": [2, 1, 0, 3, 2, 1, null, 2, 3, 1]})");
    const OutcomeMeasure measure = input.get<OutcomeMeasure>();
    ASSERT_EQ(measure.answers.size(), 10u);
    EXPECT_FALSE(measure.answers[6]);
    EXPECT_EQ(measure.answers[9], 1);

    const json written = measure;
    EXPECT_TRUE(written["answers"][6].is_null());
    EXPECT_DOUBLE_EQ(written["score"].get<double>(), 100.0 * 15 / 45);
    EXPECT_EQ(written["score_text"], "NDI 33.3 % (moderate)");
}

TEST(MeasureJson, AnAnswerThatIsNotAWholeNumberIsRefusedByPosition)
{
    const json input = json::parse(R"({"kind": "hdi", "answers": [4, "yes"]})");
    try {
        (void)input.get<OutcomeMeasure>();
        FAIL() << "read a text answer";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.problems().front().field, "answers[1]");
    }
}

TEST(TemplateJson, ATemplateReadsBackAsWritten)
{
    for (const PlanTemplate& planTemplate : builtInTemplates()) {
        PlanTemplate read;
        readTemplateBody(templateBody(planTemplate), read);
        EXPECT_EQ(read.goals, planTemplate.goals);
        EXPECT_EQ(read.phases, planTemplate.phases);
        EXPECT_EQ(read.name, planTemplate.name);
        EXPECT_EQ(read.techniques, planTemplate.techniques);
    }
}

} // namespace
} // namespace knotwork::plans
