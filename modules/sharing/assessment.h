#pragma once

// The therapist's assessment and plan for a progress report, and the discharge summary that
// takes its place once the plan is completed or discontinued.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/validator.h"
#include "plans/plan_service.h"

namespace knotwork::sharing {

// What the therapist writes before a report leaves; the field keys name it in a refusal.
struct AssessmentBlock {
    std::string progress;         // "progress": progress in words (required)
    std::string goalsComment;     // "goals_comment": a word on the goals met and not met
    std::string goalsOrCriteria;  // "goals_or_criteria": new goals, or the criteria to end care
    std::string reason;           // "reason": why care continues (required while the plan is open) or ends
};

// "5 of 6 goals met (1 after its target date)"; empty for a plan without goals.
std::string goalsMetText(const plans::PlanProgress& plan);

// The goals of an active plan are all met while visits continue (the report asks what next).
bool everyGoalMetWhileVisitsContinue(const std::optional<plans::PlanProgress>& plan);

// Refuses a block a recipient could not act on, naming the field and the rule: progress in
// words ("progress", "required"); for an active plan whose goals are all met, new goals, criteria
// or the reason to continue ("goals_or_criteria", "all-goals-met"); for an open plan, the reason
// care continues ("reason", "required-while-open").
void validateAssessment(const AssessmentBlock& block, const std::optional<plans::PlanProgress>& plan);
// The text rules of the therapist's words in a report (the fields keep their JSON keys).
void validateAssessmentText(const AssessmentBlock& block, Validator& validator);

// The day a completed or discontinued plan ended: the day its status changed, as the plan
// records it; a plan closed before that was recorded ends on the day it was last changed.
// Never later than `today`.
Date planEndDate(const plans::TreatmentPlan& plan, const Date& today);

// The end of care, for a plan completed or discontinued.
struct Discharge {
    Date endedOn{boost::gregorian::not_a_date_time};
    plans::PlanStatus status = plans::PlanStatus::Completed;
    std::string reason;                         // the plan's status reason
    std::set<sessions::HomeCare> homeProgramme;  // the plan's and the last home care given
    std::vector<std::string> homeProgrammeWords;  // the plan's words, then the last note's (with its date)
};

// The discharge of a closed plan (none while it is open): its end, reason and the home
// programme to keep, from the plan and the last signed note in `notes` that gave home care.
std::optional<Discharge> dischargeOf(const std::optional<plans::PlanProgress>& plan,
                                     const std::string& planHomeProgrammeWords,
                                     const std::vector<sessions::SoapNote>& notes, const Date& today);

} // namespace knotwork::sharing
