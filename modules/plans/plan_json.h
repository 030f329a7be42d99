#pragma once
// JSON for plans, templates and measures: `plan add --from`, `measure add --from`, `--json`
// output, the stored plan body and the audit trail. Keys are snake_case and equal the validation
// field keys; enums by their choice keys; dates "YYYY-MM-DD". Reading is strict about types and
// lenient about missing keys; lifecycle fields (id, row_version, entered_at…) are written only.
//
// {"client_id": 12, "focus": "tension_type", "start_date": "2026-11-02",
//  "review_date": "2026-12-14", "status": "active", "target_muscles": ["suboccipitals"],
//  "phases": [{"every_weeks": 1, "visits": 6}, {"every_weeks": 4, "every_weeks_most": 6}],
//  "goals": [{"id": 1, "metric": "headache_days", "baseline": 12, "target": 6,
//             "target_date": "2027-03-01", "phase": 1}]}
//
// {"client_id": 12, "kind": "ndi", "taken_on": "2026-11-02",
//  "answers": [2, 1, 0, 3, 2, 1, null, 2, 3, 1]}

#include <string_view>
#include <nlohmann/json.hpp>

#include "plans/goal_progress.h"
#include "plans/plan_reminders.h"
#include "plans/plan_template.h"

namespace knotwork::plans {

void to_json(nlohmann::json& json, const TreatmentPlan& plan);
void from_json(const nlohmann::json& json, TreatmentPlan& plan);
void to_json(nlohmann::json& json, const PlanSummary& summary);
void to_json(nlohmann::json& json, const PlanTemplate& planTemplate);
void from_json(const nlohmann::json& json, PlanTemplate& planTemplate);
// A measure with its score ("score": 24.0, "score_text": "NDI 24 % (moderate)").
void to_json(nlohmann::json& json, const OutcomeMeasure& measure);
void from_json(const nlohmann::json& json, OutcomeMeasure& measure);
void to_json(nlohmann::json& json, const GoalProgress& progress);

// The stored body of a plan and of a template: the content without ids and lifecycle. Each
// reader also takes the text as its column holds it: read fast, refused as the JSON would be.
nlohmann::json planBody(const TreatmentPlan& plan);
void readPlanBody(const nlohmann::json& body, TreatmentPlan& plan);
void readPlanBody(std::string_view body, TreatmentPlan& plan);
nlohmann::json templateBody(const PlanTemplate& planTemplate);
void readTemplateBody(const nlohmann::json& body, PlanTemplate& planTemplate);
void readTemplateBody(std::string_view body, PlanTemplate& planTemplate);
// The stored answers of a measure: answers, activities and total.
nlohmann::json measureAnswers(const OutcomeMeasure& measure);
void readMeasureAnswers(const nlohmann::json& answers, OutcomeMeasure& measure);
void readMeasureAnswers(std::string_view answers, OutcomeMeasure& measure);

} // namespace knotwork::plans
