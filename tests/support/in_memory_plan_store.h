#pragma once
// PlanStore kept in memory, for tests of rules that have nothing to do with SQL. It behaves as
// SqlPlanStore does where services rely on it: ids are assigned, a client has one open plan at a
// time (ConflictError), a stale rowVersion is a ConflictError that changes nothing (for a
// template, so is a missing one), an unknown plan, measure or client is a NotFoundError, a
// measure is voided once (ConflictError), lists are in the SQL store's order and the measures
// include the voided ones. `clock` stamps what SQL stamps with the time of the write.

#include <map>

#include "common/clock.h"
#include "plans/plan_store.h"
#include "sessions/note_queries.h"
#include "support/in_memory_client_store.h"

namespace knotwork::testing {

class InMemoryPlanStore final : public plans::PlanStore {
public:
    // `notes` gives the signed visits' findings, as the SQL store reads note_findings.
    InMemoryPlanStore(InMemoryClientStore& clients, sessions::NoteQueries& notes, Clock clock);

    plans::TreatmentPlan plan(plans::PlanId id) override;
    std::vector<plans::PlanSummary> plans(clients::ClientId client) override;
    std::optional<plans::TreatmentPlan> openPlan(clients::ClientId client) override;
    std::vector<plans::OpenPlan> plansToLookAt(const Date& today, const Date& recentSince) override;
    std::vector<plans::OpenPlan> activePlans() override;
    std::vector<plans::PlanActivity> activePlansWithActivity() override;
    std::vector<plans::PlanTemplate> templates() override;
    std::vector<plans::OutcomeMeasure> measures(clients::ClientId client) override;
    std::map<clients::ClientId, std::vector<plans::OutcomeMeasure>>
    measuresOfClients(const std::vector<clients::ClientId>& clients) override;

    plans::PlanId addPlan(const plans::TreatmentPlan& plan) override;
    int updatePlan(const plans::TreatmentPlan& plan) override;
    plans::TemplateId addTemplate(const plans::PlanTemplate& planTemplate) override;
    int updateTemplate(const plans::PlanTemplate& planTemplate) override;
    void removeTemplate(plans::TemplateId id, int rowVersion) override;
    plans::MeasureId addMeasure(const plans::OutcomeMeasure& measure) override;
    void voidMeasure(plans::MeasureId id, const Timestamp& at, const std::string& reason) override;
    std::vector<plans::PlanId> importRecords(std::span<const plans::TreatmentPlan> plans,
                       std::span<const plans::OutcomeMeasure> measures) override;

private:
    // ConflictError when the client already has an open plan.
    void refuseSecondOpenPlan(clients::ClientId client);
    // The template a write may change: ConflictError when it is gone or `rowVersion` is stale.
    plans::PlanTemplate& currentTemplate(plans::TemplateId id, int rowVersion);
    // Whether the client has a measure taken on or after `since`, voided ones included.
    bool measuredSince(clients::ClientId client, const Date& since) const;
    plans::PlanId insertPlan(plans::TreatmentPlan plan);
    plans::MeasureId insertMeasure(plans::OutcomeMeasure measure);

    InMemoryClientStore& m_clients;
    sessions::NoteQueries& m_notes;
    Clock m_clock;
    long long m_lastId = 0;  // plans, templates and measures
    std::map<plans::PlanId, plans::TreatmentPlan> m_plans;
    std::map<plans::TemplateId, plans::PlanTemplate> m_templates;
    std::map<plans::MeasureId, plans::OutcomeMeasure> m_measures;
};

} // namespace knotwork::testing
