#include "plans/plan_evidence.h"

#include <algorithm>
#include <cmath>

#include "common/trimmed.h"

namespace knotwork::plans {

namespace {

// Goal values are kept to a tenth: a baseline saved from a form equals the diary's 19.29 as 19.3.
bool sameValue(double a, double b)
{
    return std::abs(a - b) < 0.05;
}

} // namespace

bool baselineOnRecord(const Goal& goal, const ProgressData& data, const Date& planStart,
                      const IntakeBaselines& intake)
{
    if (const auto value = intakeBaseline(goal.metric, intake); value && sameValue(*value, goal.baseline))
        return true;
    for (const MetricPoint& point : seriesOf(goal, data)) {
        if (sameValue(point.value, goal.baseline))
            return true;
        if (point.date > planStart)
            return false;  // the first value after the start was not it: later ones are progress
    }
    return false;
}

bool templateText(const std::string& text, std::string TreatmentCourse::*field,
                  const std::vector<PlanTemplate>& templates)
{
    const std::string mine = trimmed(text);
    return !mine.empty() && std::ranges::any_of(templates, [&](const PlanTemplate& planTemplate) {
        return trimmed(planTemplate.*field) == mine;
    });
}

} // namespace knotwork::plans
