#pragma once

#include <map>
#include <optional>
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

// An active plan with what its client's records say of late: what recall reads (schedule/recall.h).
struct PlanActivity {
    OpenPlan open;
    std::optional<Date> lastVisit;  // the client's last signed visit; none before the first
    int visitsInPhase = 0;          // signed visits on or after the current phase began (visitsInPhase)
    std::map<MeasureKind, Date> lastTaken;  // the day each kind of measure was last taken, voided ones left out
};

// Reading plans, templates and measures: what screens, commands and other services may do
// with them directly. Writes go through PlanService, whose PlanStore adds them.
class PlanQueries {
public:
    virtual ~PlanQueries() = default;

    // The client's plans, latest start first.
    virtual std::vector<PlanSummary> plans(ClientId client) = 0;
    virtual TreatmentPlan plan(PlanId id) = 0;
    // The client's open plan (active or on hold), if any: there is at most one.
    virtual std::optional<TreatmentPlan> openPlan(ClientId client) = 0;
    // The active plans that may ask for attention on `today`, oldest review date first: past
    // their review date, or with a signed visit or a measure on or after `recentSince` (only
    // new findings meet goals). Years of quiet maintenance plans are not read.
    virtual std::vector<OpenPlan> plansToLookAt(const Date& today, const Date& recentSince) = 0;
    // Every active plan with whom it is for, oldest review date first: what recall reads
    // (schedule/recall.h). Plans on hold or closed are not read.
    virtual std::vector<OpenPlan> activePlans() = 0;
    // activePlans() with each client's activity, read at once however many plans are active:
    // the work grows with the active plans' visits and measures, not one read per plan.
    virtual std::vector<PlanActivity> activePlansWithActivity() = 0;
    // The practice's own templates, by name.
    virtual std::vector<PlanTemplate> templates() = 0;
    // The client's measures, oldest first, voided ones included.
    virtual std::vector<OutcomeMeasure> measures(ClientId client) = 0;
    // measures() of each of `clients` that has any, in one read.
    virtual std::map<ClientId, std::vector<OutcomeMeasure>>
    measuresOfClients(const std::vector<ClientId>& clients) = 0;
};

} // namespace knotwork::plans
