// InMemoryPlanStore's writes: each checks what SqlPlanStore's transaction checks, then changes
// the maps, or throws and changes nothing.
#include "support/in_memory_plan_store.h"

#include "common/error.h"
#include "support/versioned_rows.h"

namespace knotwork::testing {

using namespace knotwork::plans;
using clients::ClientId;

void InMemoryPlanStore::refuseSecondOpenPlan(ClientId client)
{
    if (openPlan(client))
        throw ConflictError("This client already has an open treatment plan. Complete or "
                            "discontinue it before starting another.");
}

PlanTemplate& InMemoryPlanStore::currentTemplate(TemplateId id, int rowVersion)
{
    const auto found = m_templates.find(id);
    if (found == m_templates.end() || found->second.rowVersion != rowVersion)
        throw ConflictError("This template was changed or removed elsewhere since you opened it.");
    return found->second;
}

PlanId InMemoryPlanStore::insertPlan(TreatmentPlan plan)
{
    plan.updatedAt = m_clock.now();
    if (!plan.createdAt)
        plan.createdAt = plan.updatedAt;
    return insertVersioned(m_plans, m_lastId, plan);
}

MeasureId InMemoryPlanStore::insertMeasure(OutcomeMeasure measure)
{
    measure.id = ++m_lastId;
    if (!measure.enteredAt)
        measure.enteredAt = m_clock.now();
    measure.voidedAt.reset();
    measure.voidReason.clear();
    m_measures[measure.id] = measure;
    return measure.id;
}

PlanId InMemoryPlanStore::addPlan(const TreatmentPlan& plan)
{
    m_clients.chart(plan.clientId);  // NotFoundError for an unknown client
    refuseSecondOpenPlan(plan.clientId);
    TreatmentPlan added = plan;
    added.createdAt.reset();
    return insertPlan(added);
}

int InMemoryPlanStore::updatePlan(const TreatmentPlan& plan)
{
    const TreatmentPlan before = this->plan(plan.id);
    if (plan.open() && !before.open())
        refuseSecondOpenPlan(plan.clientId);
    if (plan.rowVersion != before.rowVersion)
        throw ConflictError("This plan was changed elsewhere since you opened it. Nothing was "
                            "overwritten.");
    // What the row's update writes: everything but whose plan it is, its template and creation.
    TreatmentPlan saved = plan;
    saved.clientId = before.clientId;
    saved.templateId = before.templateId;
    saved.createdAt = before.createdAt;
    saved.updatedAt = m_clock.now();
    saved.rowVersion = before.rowVersion + 1;
    m_plans[plan.id] = saved;
    return saved.rowVersion;
}

TemplateId InMemoryPlanStore::addTemplate(const PlanTemplate& planTemplate)
{
    return insertVersioned(m_templates, m_lastId, planTemplate);
}

int InMemoryPlanStore::updateTemplate(const PlanTemplate& planTemplate)
{
    PlanTemplate& stored = currentTemplate(planTemplate.id, planTemplate.rowVersion);
    stored = planTemplate;
    return ++stored.rowVersion;
}

void InMemoryPlanStore::removeTemplate(TemplateId id, int rowVersion)
{
    currentTemplate(id, rowVersion);
    m_templates.erase(id);
}

MeasureId InMemoryPlanStore::addMeasure(const OutcomeMeasure& measure)
{
    m_clients.chart(measure.clientId);  // NotFoundError for an unknown client
    return insertMeasure(measure);
}

void InMemoryPlanStore::voidMeasure(MeasureId id, const Timestamp& at, const std::string& reason)
{
    const auto found = m_measures.find(id);
    if (found == m_measures.end())
        throw NotFoundError("There is no measure number " + std::to_string(id) + " in this practice.");
    OutcomeMeasure& measure = found->second;
    if (measure.voided())
        throw ConflictError("This measure has already been voided.");
    measure.voidedAt = at;
    measure.voidReason = reason;
}

std::vector<PlanId> InMemoryPlanStore::importRecords(std::span<const TreatmentPlan> plans,
                                                     std::span<const OutcomeMeasure> measures)
{
    std::vector<PlanId> ids;
    for (const TreatmentPlan& plan : plans)
        ids.push_back(insertPlan(plan));
    for (const OutcomeMeasure& measure : measures)
        insertMeasure(measure);
    return ids;
}

} // namespace knotwork::testing
