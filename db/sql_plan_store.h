#pragma once

#include <string>

#include "db/database.h"
#include "plans/plan_store.h"

namespace knotwork::db {

// PlanStore over SQL (see db/migrations/0004_plans.sql). Reads are in sql_plan_store.cpp,
// writes in sql_plan_store_writes.cpp.
class SqlPlanStore : public plans::PlanStore {
public:
    SqlPlanStore(Database& database, std::string actor);

    std::vector<plans::PlanSummary> plans(clients::ClientId client) override;
    plans::TreatmentPlan plan(plans::PlanId id) override;
    std::optional<plans::TreatmentPlan> openPlan(clients::ClientId client) override;
    std::vector<plans::OpenPlan> plansToLookAt(const Date& today, const Date& recentSince) override;
    std::vector<plans::OpenPlan> activePlans() override;
    std::vector<plans::PlanActivity> activePlansWithActivity() override;
    plans::PlanId addPlan(const plans::TreatmentPlan& plan) override;
    int updatePlan(const plans::TreatmentPlan& plan) override;

    std::vector<plans::PlanTemplate> templates() override;
    plans::TemplateId addTemplate(const plans::PlanTemplate& planTemplate) override;
    int updateTemplate(const plans::PlanTemplate& planTemplate) override;
    void removeTemplate(plans::TemplateId id, int rowVersion) override;

    std::vector<plans::OutcomeMeasure> measures(clients::ClientId client) override;
    std::map<clients::ClientId, std::vector<plans::OutcomeMeasure>>
    measuresOfClients(const std::vector<clients::ClientId>& clients) override;
    plans::MeasureId addMeasure(const plans::OutcomeMeasure& measure) override;
    void voidMeasure(plans::MeasureId id, const Timestamp& at, const std::string& reason) override;

    std::vector<plans::PlanId> importRecords(std::span<const plans::TreatmentPlan> plans,
                       std::span<const plans::OutcomeMeasure> measures) override;

private:
    Database& m_database;
    std::string m_actor;
};

// The columns and reading of a whole plan row, shared by the reads.
extern const char* const kPlanColumns;
plans::TreatmentPlan readPlanRow(const soci::row& row);

} // namespace knotwork::db
