#include "plans/plan_choices.h"

#include "common/choice_table.h"

namespace knotwork {

namespace {

using namespace knotwork::plans;

constexpr Choice<PlanFocus> kFocuses[] = {
    {PlanFocus::TensionType, "tension_type", N_("Tension-type headache")},
    {PlanFocus::Cervicogenic, "cervicogenic", N_("Cervicogenic headache")},
    {PlanFocus::Mixed, "mixed", N_("Tension-type and cervicogenic headache")},
};

constexpr Choice<PlanStatus> kStatuses[] = {
    {PlanStatus::Active, "active", N_("Active")},
    {PlanStatus::OnHold, "on_hold", N_("On hold")},
    {PlanStatus::Completed, "completed", N_("Completed")},
    {PlanStatus::Discontinued, "discontinued", N_("Discontinued")},
};

constexpr Choice<GoalMetric> kMetrics[] = {
    {GoalMetric::HeadacheDaysPerMonth, "headache_days", N_("Headache days per month")},
    {GoalMetric::AverageIntensity, "average_intensity", N_("Average headache intensity (0–10)")},
    {GoalMetric::Nprs, "nprs", N_("Neck pain, NPRS (0–10)")},
    {GoalMetric::Rom, "rom", N_("Cervical range of motion (degrees)")},
    {GoalMetric::NdiPercent, "ndi", N_("Neck Disability Index (%)")},
    {GoalMetric::HdiTotal, "hdi", N_("Headache Disability Index (0–100)")},
    {GoalMetric::PsfsActivity, "psfs_activity", N_("PSFS activity (0–10)")},
    {GoalMetric::FunctionalRating, "functional", N_("Functional goal (0–10)")},
    {GoalMetric::Cfrt, "cfrt", N_("Flexion-rotation test (degrees)")},
};

constexpr Choice<MeasureKind> kMeasureKinds[] = {
    {MeasureKind::Ndi, "ndi", N_("NDI")},
    {MeasureKind::Hdi, "hdi", N_("HDI")},
    {MeasureKind::Psfs, "psfs", N_("PSFS")},
    {MeasureKind::Nprs, "nprs", N_("NPRS")},
    {MeasureKind::Hit6, "hit6", N_("HIT-6")},
    {MeasureKind::FunctionalRating, "functional", N_("Functional goal rating")},
};

constexpr Choice<NdiBand> kNdiBands[] = {
    {NdiBand::None, "none", N_("no disability")},
    {NdiBand::Mild, "mild", N_("mild")},
    {NdiBand::Moderate, "moderate", N_("moderate")},
    {NdiBand::Severe, "severe", N_("severe")},
    {NdiBand::Complete, "complete", N_("complete")},
};

constexpr Choice<HdiBand> kHdiBands[] = {
    {HdiBand::None, "none", N_("no disability")},
    {HdiBand::Mild, "mild", N_("mild")},
    {HdiBand::Moderate, "moderate", N_("moderate")},
    {HdiBand::Severe, "severe", N_("severe")},
    {HdiBand::Complete, "complete", N_("complete")},
};

constexpr Choice<Hit6Band> kHit6Bands[] = {
    {Hit6Band::Little, "little", N_("little or no impact")},
    {Hit6Band::Some, "some", N_("some impact")},
    {Hit6Band::Substantial, "substantial", N_("substantial impact")},
    {Hit6Band::Severe, "severe", N_("severe impact")},
};

constexpr Choice<Trend> kTrends[] = {
    {Trend::NotEnoughData, "not_enough_data", N_("not enough data yet")},
    {Trend::Improving, "improving", N_("improving")},
    {Trend::Steady, "steady", N_("steady")},
    {Trend::Worsening, "worsening", N_("worsening")},
};

} // namespace

KNOTWORK_CHOICES(PlanFocus, kFocuses)
KNOTWORK_CHOICES(PlanStatus, kStatuses)
KNOTWORK_CHOICES(GoalMetric, kMetrics)
KNOTWORK_CHOICES(MeasureKind, kMeasureKinds)
KNOTWORK_CHOICES(NdiBand, kNdiBands)
KNOTWORK_CHOICES(HdiBand, kHdiBands)
KNOTWORK_CHOICES(Hit6Band, kHit6Bands)
KNOTWORK_CHOICES(Trend, kTrends)

} // namespace knotwork
