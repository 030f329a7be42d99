// InMemoryPlanStore's reads, in the order SqlPlanStore's queries give.
#include "support/in_memory_plan_store.h"

#include <algorithm>
#include <tuple>

#include "common/error.h"

namespace knotwork::testing {

using namespace knotwork::plans;
using clients::ClientId;

InMemoryPlanStore::InMemoryPlanStore(InMemoryClientStore& clients, sessions::NoteQueries& notes, Clock clock)
    : m_clients(clients), m_notes(notes), m_clock(std::move(clock))
{
}

std::vector<PlanSummary> InMemoryPlanStore::plans(ClientId client)
{
    std::vector<PlanSummary> all;
    for (const auto& [id, plan] : m_plans) {
        if (plan.clientId != client)
            continue;
        PlanSummary& summary = all.emplace_back();
        summary.id = id;
        summary.focus = plan.focus;
        summary.startDate = plan.startDate;
        summary.reviewDate = plan.reviewDate;
        summary.status = plan.status;
        summary.currentPhase = plan.currentPhase;
        summary.phaseCount = static_cast<int>(plan.phases.size());
        summary.goalCount = static_cast<int>(plan.goals.size());
    }
    std::sort(all.begin(), all.end(), [](const PlanSummary& a, const PlanSummary& b) {
        return std::tie(b.startDate, b.id) < std::tie(a.startDate, a.id);  // latest start first
    });
    return all;
}

TreatmentPlan InMemoryPlanStore::plan(PlanId id)
{
    const auto found = m_plans.find(id);
    if (found == m_plans.end())
        throw NotFoundError("There is no treatment plan number " + std::to_string(id) + " in this practice.");
    return found->second;
}

std::optional<TreatmentPlan> InMemoryPlanStore::openPlan(ClientId client)
{
    for (const auto& [id, plan] : m_plans)
        if (plan.clientId == client && plan.open())
            return plan;
    return std::nullopt;
}

namespace {

std::vector<OpenPlan> oldestReviewFirst(std::vector<OpenPlan> all)
{
    std::sort(all.begin(), all.end(), [](const OpenPlan& a, const OpenPlan& b) {
        return std::tie(a.plan.reviewDate, a.plan.id) < std::tie(b.plan.reviewDate, b.plan.id);
    });
    return all;
}

} // namespace

bool InMemoryPlanStore::measuredSince(ClientId client, const Date& since) const
{
    return std::any_of(m_measures.begin(), m_measures.end(), [&](const auto& entry) {
        return entry.second.clientId == client && entry.second.takenOn >= since;
    });
}

std::vector<OpenPlan> InMemoryPlanStore::plansToLookAt(const Date& today, const Date& recentSince)
{
    std::vector<OpenPlan> all;
    for (const auto& [id, plan] : m_plans) {
        if (plan.status != PlanStatus::Active)
            continue;
        const std::optional<Date> lastVisit = m_clients.lastVisit(plan.clientId);
        if (plan.reviewDate < today || (lastVisit && *lastVisit >= recentSince)
            || measuredSince(plan.clientId, recentSince))
            all.push_back({plan, clients::fullName(m_clients.chart(plan.clientId).client)});
    }
    return oldestReviewFirst(std::move(all));
}

std::vector<OpenPlan> InMemoryPlanStore::activePlans()
{
    std::vector<OpenPlan> all;
    for (const auto& [id, plan] : m_plans)
        if (plan.status == PlanStatus::Active)
            all.push_back({plan, clients::fullName(m_clients.chart(plan.clientId).client)});
    return oldestReviewFirst(std::move(all));
}

std::vector<PlanActivity> InMemoryPlanStore::activePlansWithActivity()
{
    std::vector<PlanActivity> all;
    for (OpenPlan& open : activePlans()) {
        PlanActivity& activity = all.emplace_back();
        for (const sessions::VisitFindings& visit : m_notes.findings(open.plan.clientId)) {
            activity.lastVisit = std::max(activity.lastVisit.value_or(visit.visitDate), visit.visitDate);
            activity.visitsInPhase += visit.visitDate >= open.plan.phaseStartedOn ? 1 : 0;
        }
        for (const auto& [id, measure] : m_measures)
            if (measure.clientId == open.plan.clientId && !measure.voided()) {
                const auto [taken, added] = activity.lastTaken.emplace(measure.kind, measure.takenOn);
                taken->second = std::max(taken->second, measure.takenOn);
            }
        activity.open = std::move(open);
    }
    return all;
}

std::vector<PlanTemplate> InMemoryPlanStore::templates()
{
    std::vector<PlanTemplate> all;
    for (const auto& [id, planTemplate] : m_templates)
        all.push_back(planTemplate);
    std::sort(all.begin(), all.end(), [](const PlanTemplate& a, const PlanTemplate& b) {
        return std::tie(a.name, a.id) < std::tie(b.name, b.id);
    });
    return all;
}

std::vector<OutcomeMeasure> InMemoryPlanStore::measures(ClientId client)
{
    std::vector<OutcomeMeasure> all;
    for (const auto& [id, measure] : m_measures)
        if (measure.clientId == client)
            all.push_back(measure);
    std::stable_sort(all.begin(), all.end(), [](const OutcomeMeasure& a, const OutcomeMeasure& b) {
        return a.takenOn < b.takenOn;  // ties stay in id order
    });
    return all;
}

std::map<ClientId, std::vector<OutcomeMeasure>>
InMemoryPlanStore::measuresOfClients(const std::vector<ClientId>& clients)
{
    std::map<ClientId, std::vector<OutcomeMeasure>> all;
    for (const ClientId client : clients)
        if (std::vector<OutcomeMeasure> found = measures(client); !found.empty())
            all.emplace(client, std::move(found));
    return all;
}

} // namespace knotwork::testing
