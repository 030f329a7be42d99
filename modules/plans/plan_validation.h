#pragma once

#include "common/calendar_date.h"
#include "plans/outcome_measure.h"
#include "plans/plan_template.h"
#include "plans/treatment_plan.h"

namespace knotwork::plans {

// Field keys are the JSON keys: "review_date", "phases[1].every_weeks", "goals[0].target".
// Each throws one ValidationError listing every problem.

// Dates in order, a reason for a plan on hold or discontinued, phases that make a schedule (only
// the last may be open-ended), goals that can be measured: a direction for ROM, an activity for
// PSFS and functional goals, values in the metric's range, a target better than the baseline.
void validatePlan(const TreatmentPlan& plan, const Date& today);
void validateTemplate(const PlanTemplate& planTemplate);

// The answers as the paper form allows them: NDI sections 0–5 with at most two skipped, every
// HDI item 0, 2 or 4, 3–5 named PSFS activities rated 0–10, NPRS 0–10, a HIT-6 total (36–78, a
// sum six answers can make; item answers refused: the instrument is licensed); taken on a
// day not after today.
void validateMeasure(const OutcomeMeasure& measure, const Date& today);

} // namespace knotwork::plans
