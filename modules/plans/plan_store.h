#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "plans/outcome_measure.h"
#include "plans/plan_template.h"
#include "plans/treatment_plan.h"

namespace knotwork::plans {

// An open plan of the practice with whom it is for: the Today view's reminders.
struct OpenPlan {
    TreatmentPlan plan;
    std::string clientName;
};

// Where plans, templates and measures are kept (db/ implements it over SQL). Every write is one
// audited transaction; a stale rowVersion throws ConflictError and changes nothing; a missing
// plan, template, measure or client throws NotFoundError. Measures are append-only: voiding one
// stamps it, and the database refuses any other change.
class PlanStore {
public:
    virtual ~PlanStore() = default;

    // The client's plans, latest start first.
    virtual std::vector<PlanSummary> plans(ClientId client) = 0;
    virtual TreatmentPlan plan(PlanId id) = 0;
    // The client's open plan (active or on hold), if any: there is at most one.
    virtual std::optional<TreatmentPlan> openPlan(ClientId client) = 0;
    // The active plans that may ask for attention on `today`, oldest review date first: past
    // their review date, or with a signed visit or a measure on or after `recentSince` (only
    // new findings meet goals). Years of quiet maintenance plans are not read.
    virtual std::vector<OpenPlan> plansToLookAt(const Date& today, const Date& recentSince) = 0;

    // ConflictError when the client already has an open plan.
    virtual PlanId addPlan(const TreatmentPlan& plan) = 0;
    // Returns the new rowVersion.
    virtual int updatePlan(const TreatmentPlan& plan) = 0;

    // The practice's own templates, by name.
    virtual std::vector<PlanTemplate> templates() = 0;
    virtual TemplateId addTemplate(const PlanTemplate& planTemplate) = 0;
    virtual int updateTemplate(const PlanTemplate& planTemplate) = 0;
    virtual void removeTemplate(TemplateId id, int rowVersion) = 0;

    // The client's measures, oldest first, voided ones included.
    virtual std::vector<OutcomeMeasure> measures(ClientId client) = 0;
    virtual MeasureId addMeasure(const OutcomeMeasure& measure) = 0;
    virtual void voidMeasure(MeasureId id, const Timestamp& at, const std::string& reason) = 0;

    // Many plans and measures in one transaction: the demo practice.
    virtual void importRecords(std::span<const TreatmentPlan> plans,
                               std::span<const OutcomeMeasure> measures) = 0;
};

} // namespace knotwork::plans
