#include "plans/plan_reminders.h"

#include <algorithm>

#include "common/i18n.h"

namespace knotwork::plans {

namespace {

// The phase's text at the start of a sentence ("Every 2 weeks × 6") or after "then"
// ("every 2 weeks × 6"): separate messages, since capitals are the language's business.
std::string phaseText(const FrequencyPhase& phase, bool startsSentence)
{
    std::string every;
    if (phase.everyWeeksMost && *phase.everyWeeksMost > phase.everyWeeks)
        every = formatMessage(startsSentence ? _("Every {}–{} weeks") : _("every {}–{} weeks"),
                              phase.everyWeeks, *phase.everyWeeksMost);
    else if (phase.everyWeeks == 1)
        every = startsSentence ? _("Weekly") : _("weekly");
    else
        every = formatMessage(startsSentence ? _("Every {} weeks") : _("every {} weeks"),
                              phase.everyWeeks);
    if (!phase.visits)
        return every;
    return formatMessage(_("{} × {}"), every, *phase.visits);
}

} // namespace

std::string describePhase(const FrequencyPhase& phase)
{
    return phaseText(phase, true);
}

std::string describePhases(const std::vector<FrequencyPhase>& phases)
{
    std::string text;
    for (const FrequencyPhase& phase : phases)
        text = text.empty() ? phaseText(phase, true)
                            : formatMessage(_("{}, then {}"), text, phaseText(phase, false));
    return text;
}

int visitsInPhase(const TreatmentPlan& plan, const ProgressData& data)
{
    return static_cast<int>(std::ranges::count_if(data.visits, [&plan](const auto& visit) {
        return visit.visitDate >= plan.phaseStartedOn;
    }));
}

PlanReminders remindersOf(const TreatmentPlan& plan, const std::vector<GoalProgress>& progress,
                          int visitsInCurrentPhase, const Date& today)
{
    PlanReminders reminders;
    if (plan.status != PlanStatus::Active)
        return reminders;
    reminders.reviewDue = plan.reviewDate < today;
    const Date newsSince = std::max(plan.phaseStartedOn, today - boost::gregorian::days(kGoalMetNewsDays));

    bool phaseHasGoals = false;
    bool phaseGoalsMet = true;
    for (const GoalProgress& goal : progress) {
        if (goal.met && *goal.metSince >= newsSince)
            reminders.goalsMet.push_back(goal.goal.id);
        if (goal.goal.phase == plan.currentPhase) {
            phaseHasGoals = true;
            phaseGoalsMet = phaseGoalsMet && goal.met;
        }
    }
    const bool nextPhaseExists = plan.currentPhase + 1 < static_cast<int>(plan.phases.size());
    if (phaseHasGoals && phaseGoalsMet && nextPhaseExists)
        reminders.suggestedPhase = plan.currentPhase + 1;

    const FrequencyPhase* phase = plan.phase();
    reminders.phaseVisitsDone = phase && phase->visits && visitsInCurrentPhase >= *phase->visits
                                && !reminders.suggestedPhase;
    return reminders;
}

} // namespace knotwork::plans
