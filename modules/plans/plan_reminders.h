#pragma once

#include <optional>
#include <string>
#include <vector>

#include "plans/goal_progress.h"

namespace knotwork::plans {

// "Weekly × 6", "Every 2 weeks × 6", "Every 4–6 weeks".
std::string describePhase(const FrequencyPhase& phase);
// "Weekly × 6, then every 2 weeks × 6, then every 4–6 weeks".
std::string describePhases(const std::vector<FrequencyPhase>& phases);

// Signed visits on or after the day the current phase began.
int visitsInPhase(const TreatmentPlan& plan, const ProgressData& data);

constexpr int kGoalMetNewsDays = 28;

// What a plan asks of the therapist now. Shown on the Today view and in the plan.
struct PlanReminders {
    bool reviewDue = false;         // an open plan past its review date
    // Goals met in the last four weeks and since the current phase began, by id: news, not a
    // standing list.
    std::vector<int> goalsMet;
    // All goals of the current phase are met and a next phase exists: suggest moving on.
    std::optional<int> suggestedPhase;
    bool phaseVisitsDone = false;   // the phase's visits are done with its goals not all met

    bool any() const
    {
        return reviewDue || !goalsMet.empty() || suggestedPhase || phaseVisitsDone;
    }
};

PlanReminders remindersOf(const TreatmentPlan& plan, const std::vector<GoalProgress>& progress,
                          int visitsInCurrentPhase, const Date& today);

} // namespace knotwork::plans
