#pragma once

#include <string>
#include <vector>

#include "plans/plan_template.h"

namespace knotwork::plans {

// What a plan's figures and words rest on, so a report claims only what was recorded.

// Whether the goal's baseline is a value on record: a value of its measure taken on or before
// the plan's start, the first one taken after it, or (headache days, usual intensity) the
// intake's. A baseline typed into the plan, or left at a form's default, is not.
bool baselineOnRecord(const Goal& goal, const ProgressData& data, const Date& planStart,
                      const IntakeBaselines& intake);

// Whether `text` is still what one of `templates` put in that field (ignoring spaces at either
// end): a template's default the therapist neither wrote nor changed for this client. Empty text
// is no template's.
bool templateText(const std::string& text, std::string TreatmentCourse::*field,
                  const std::vector<PlanTemplate>& templates);

} // namespace knotwork::plans
