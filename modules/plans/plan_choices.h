#pragma once
// The closed lists of plans and measures, as choices (common/choices.h): a stable key for JSON,
// storage and the CLI, a translated label for forms and reports.

#include "common/choices.h"
#include "plans/goal_progress.h"
#include "plans/measure_scoring.h"
#include "plans/outcome_measure.h"
#include "plans/treatment_plan.h"

namespace knotwork {

KNOTWORK_DECLARE_CHOICES(plans::PlanFocus)
KNOTWORK_DECLARE_CHOICES(plans::PlanStatus)
KNOTWORK_DECLARE_CHOICES(plans::GoalMetric)
KNOTWORK_DECLARE_CHOICES(plans::MeasureKind)
KNOTWORK_DECLARE_CHOICES(plans::NdiBand)
KNOTWORK_DECLARE_CHOICES(plans::HdiBand)
KNOTWORK_DECLARE_CHOICES(plans::Hit6Band)
KNOTWORK_DECLARE_CHOICES(plans::Trend)

} // namespace knotwork

