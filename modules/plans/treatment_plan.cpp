#include "plans/treatment_plan.h"

#include <algorithm>

namespace knotwork::plans {

const Goal* TreatmentPlan::goal(int goalId) const
{
    const auto found = std::ranges::find(goals, goalId, &Goal::id);
    return found == goals.end() ? nullptr : &*found;
}

namespace {

bool onFile(const std::vector<clients::Diagnosis>& diagnoses, clients::HeadacheType type)
{
    return std::ranges::any_of(diagnoses, [type](const auto& d) { return d.type == type; });
}

} // namespace

std::optional<PlanFocus> focusFromDiagnoses(const std::vector<clients::Diagnosis>& diagnoses)
{
    const bool tension = onFile(diagnoses, clients::HeadacheType::TensionType);
    const bool cervicogenic = onFile(diagnoses, clients::HeadacheType::Cervicogenic);
    if (tension && cervicogenic)
        return PlanFocus::Mixed;
    if (tension)
        return PlanFocus::TensionType;
    if (cervicogenic)
        return PlanFocus::Cervicogenic;
    return std::nullopt;
}

bool diagnosesSupport(PlanFocus focus, const std::vector<clients::Diagnosis>& diagnoses)
{
    const bool tension = onFile(diagnoses, clients::HeadacheType::TensionType);
    const bool cervicogenic = onFile(diagnoses, clients::HeadacheType::Cervicogenic);
    switch (focus) {
    case PlanFocus::TensionType:
        return tension;
    case PlanFocus::Cervicogenic:
        return cervicogenic;
    case PlanFocus::Mixed:
        return tension && cervicogenic;
    }
    return false;
}

} // namespace knotwork::plans
