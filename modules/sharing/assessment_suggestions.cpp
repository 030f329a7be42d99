#include "sharing/assessment_suggestions.h"

#include <algorithm>

#include "common/i18n.h"
#include "common/locale_date.h"
#include "plans/plan_reminders.h"

namespace knotwork::sharing {

namespace {

void addGoalFacts(const plans::PlanProgress& plan, std::vector<std::string>& facts)
{
    for (const plans::GoalProgress& goal : plan.goals)
        if (goal.latest)
            facts.push_back(formatMessage(_("{}: {} → {} since {}"), plans::describeGoal(goal.goal),
                                          plans::formatGoalValue(goal.goal, goal.goal.baseline),
                                          plans::formatGoalValue(goal.goal, goal.latest->value),
                                          mediumDate(plan.plan.startDate)));
    if (!plan.goals.empty())
        facts.push_back(goalsMetText(plan));
}

} // namespace

std::vector<std::string> assessmentSuggestions(const ProgressReportData& data)
{
    std::vector<std::string> facts;
    if (data.plan)
        addGoalFacts(*data.plan, facts);
    if (!data.notes.empty())
        facts.push_back(formatMessage(P_("{} visit, on {}", "{} visits, the last {}", data.notes.size()),
                                      data.notes.size(), mediumDate(data.notes.back().visitDate)));
    if (data.discharge) {
        const std::string ended = data.discharge->status == plans::PlanStatus::Completed
                                      ? formatMessage(_("Plan completed on {}"), mediumDate(data.discharge->endedOn))
                                      : formatMessage(_("Plan discontinued on {}"), mediumDate(data.discharge->endedOn));
        facts.push_back(data.discharge->reason.empty() ? ended
                                                       : formatMessage(_("{}: {}"), ended, data.discharge->reason));
    } else if (data.plan) {
        if (const plans::FrequencyPhase* phase = data.plan->plan.phase())
            facts.push_back(formatMessage(_("Plan phase {} of {}: {}"), data.plan->plan.currentPhase + 1,
                                          data.plan->plan.phases.size(), plans::describePhase(*phase)));
    }
    return facts;
}

} // namespace knotwork::sharing
