#pragma once
// Plans, goals and progress data for the plans domain tests.

#include "plans/goal_progress.h"
#include "plans/treatment_plan.h"

namespace knotwork::plans::testing {

inline Date day(int year, int month, int dayOfMonth)
{
    return Date(year, month, dayOfMonth);
}

inline Goal goalOf(GoalMetric metric, double baseline, double target, int phase = 0)
{
    Goal goal;
    goal.id = 1;
    goal.metric = metric;
    goal.baseline = baseline;
    goal.target = target;
    goal.phase = phase;
    return goal;
}

// A signed visit with a 30-day diary.
inline sessions::VisitFindings visit(const Date& on, std::optional<int> headacheDays,
                                     std::optional<int> intensity = std::nullopt)
{
    sessions::VisitFindings findings;
    findings.visitDate = on;
    findings.diaryDays = 30;
    findings.headacheDays = headacheDays;
    findings.averageIntensity = intensity;
    return findings;
}

inline OutcomeMeasure psfs(const Date& on, std::vector<ActivityRating> activities)
{
    OutcomeMeasure measure;
    measure.kind = MeasureKind::Psfs;
    measure.takenOn = on;
    measure.activities = std::move(activities);
    return measure;
}

// Weekly × 6, every 2 weeks × 6, every 4–6 weeks, started on 2 November 2026.
inline TreatmentPlan seedPlan()
{
    TreatmentPlan plan;
    plan.id = 7;
    plan.clientId = 3;
    plan.startDate = day(2026, 11, 2);
    plan.reviewDate = day(2026, 12, 14);
    plan.phaseStartedOn = plan.startDate;
    plan.phases = {{1, std::nullopt, 6}, {2, std::nullopt, 6}, {4, 6, std::nullopt}};
    return plan;
}

} // namespace knotwork::plans::testing
