#pragma once

#include <span>
#include <string>
#include <vector>

#include "plans/plan_queries.h"

namespace knotwork::plans {

// Where plans, templates and measures are kept (db/ implements it over SQL). Every write is one
// audited transaction; a stale rowVersion throws ConflictError and changes nothing; a missing
// plan, measure or client throws NotFoundError. A template is changed or removed by its id and
// rowVersion alone, so one removed meanwhile is a ConflictError too ("changed or removed
// elsewhere"). Measures are append-only: voiding one stamps it, and the database refuses any
// other change.
class PlanStore : public PlanQueries {
public:
    // ConflictError when the client already has an open plan.
    virtual PlanId addPlan(const TreatmentPlan& plan) = 0;
    // Returns the new rowVersion.
    virtual int updatePlan(const TreatmentPlan& plan) = 0;

    virtual TemplateId addTemplate(const PlanTemplate& planTemplate) = 0;
    virtual int updateTemplate(const PlanTemplate& planTemplate) = 0;
    virtual void removeTemplate(TemplateId id, int rowVersion) = 0;

    virtual MeasureId addMeasure(const OutcomeMeasure& measure) = 0;
    virtual void voidMeasure(MeasureId id, const Timestamp& at, const std::string& reason) = 0;

    // Many plans and measures in one transaction: the demo practice. Returns the plans' numbers,
    // in order.
    virtual std::vector<PlanId> importRecords(std::span<const TreatmentPlan> plans,
                               std::span<const OutcomeMeasure> measures) = 0;
};

} // namespace knotwork::plans
