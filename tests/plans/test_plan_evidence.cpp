// What a plan's figures and words rest on (plan_evidence.h): a goal's baseline counts as
// measured only when a value on record, or the intake, gave it; a plan's text is a template's
// until the therapist changes it.
#include <gtest/gtest.h>

#include "plans/plan_evidence.h"

namespace knotwork::plans {
namespace {

using sessions::RomDirection;

const Date kStart(2026, 3, 2);

sessions::VisitFindings visit(const Date& day, int rotationLeft, int headacheDays)
{
    sessions::VisitFindings found;
    found.visitDate = day;
    found.diaryDays = 28;
    found.headacheDays = headacheDays;
    found.rom[RomDirection::RotationLeft] = {rotationLeft, rotationLeft + 4};
    return found;
}

Goal goal(GoalMetric metric, double baseline, std::optional<RomDirection> direction = std::nullopt)
{
    Goal made;
    made.metric = metric;
    made.direction = direction;
    made.baseline = baseline;
    made.target = baseline + 10;
    return made;
}

TEST(PlanEvidence, ABaselineIsMeasuredWhenAValueUpToTheStartOrTheFirstAfterItGaveIt)
{
    ProgressData data;
    data.visits = {visit(Date(2026, 2, 16), 52, 10), visit(kStart, 55, 9), visit(Date(2026, 3, 16), 60, 6),
                   visit(Date(2026, 3, 30), 64, 4)};
    const IntakeBaselines intake{};
    EXPECT_TRUE(baselineOnRecord(goal(GoalMetric::Rom, 55, RomDirection::RotationLeft), data, kStart, intake));
    EXPECT_TRUE(baselineOnRecord(goal(GoalMetric::Rom, 52, RomDirection::RotationLeft), data, kStart, intake));
    EXPECT_TRUE(baselineOnRecord(goal(GoalMetric::Rom, 60, RomDirection::RotationLeft), data, Date(2026, 3, 9), intake))
        << "the first value taken after the start";
    EXPECT_FALSE(baselineOnRecord(goal(GoalMetric::Rom, 64, RomDirection::RotationLeft), data, kStart, intake))
        << "a later value is progress, not the baseline";
    EXPECT_FALSE(baselineOnRecord(goal(GoalMetric::Rom, 0, RomDirection::RotationLeft), data, kStart, intake))
        << "a form's default";
    EXPECT_FALSE(baselineOnRecord(goal(GoalMetric::Rom, 55, RomDirection::Flexion), data, kStart, intake))
        << "flexion was never measured";
    // 9 of 28 diary days is 9.64 a month, kept in a plan as 9.6.
    EXPECT_TRUE(baselineOnRecord(goal(GoalMetric::HeadacheDaysPerMonth, 9.6), data, kStart, intake));
    EXPECT_FALSE(baselineOnRecord(goal(GoalMetric::NdiPercent, 40), data, kStart, intake)) << "no NDI on record";
}

TEST(PlanEvidence, TheIntakesHeadacheDaysAndUsualIntensityAreOnRecord)
{
    const IntakeBaselines intake{12, 6};
    EXPECT_TRUE(baselineOnRecord(goal(GoalMetric::HeadacheDaysPerMonth, 12), {}, kStart, intake));
    EXPECT_TRUE(baselineOnRecord(goal(GoalMetric::AverageIntensity, 6), {}, kStart, intake));
    EXPECT_FALSE(baselineOnRecord(goal(GoalMetric::AverageIntensity, 7), {}, kStart, intake));
}

TEST(PlanEvidence, APlansTextIsATemplatesUntilTheTherapistChangesIt)
{
    const std::vector<PlanTemplate> templates = builtInTemplates();
    const std::string cervicogenic = templates[1].homeProgrammeNotes;
    const auto field = &TreatmentCourse::homeProgrammeNotes;
    EXPECT_TRUE(templateText(cervicogenic, field, templates));
    EXPECT_TRUE(templateText("  " + cervicogenic + "\n", field, templates)) << "spaces at either end do not count";
    EXPECT_FALSE(templateText(cervicogenic + " Twice a day.", field, templates));
    EXPECT_FALSE(templateText("", field, templates)) << "no text is no template's";
    EXPECT_FALSE(templateText(cervicogenic, &TreatmentCourse::precautions, templates)) << "another field's text";
}

} // namespace
} // namespace knotwork::plans
