// SqlPlanStore's writes: each one audited transaction.
#include "db/sql_plan_store.h"

#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "common/error.h"
#include "common/i18n.h"
#include "db/plan_row_writer.h"
#include "db/row_reader.h"
#include "db/storage_errors.h"
#include "db/write_transaction.h"
#include "plans/plan_choices.h"
#include "plans/plan_json.h"

namespace knotwork::db {

using namespace knotwork::plans;

namespace {

long long countOf(soci::session& session, const std::string& sql, long long id)
{
    long long count = 0;
    session << sql, soci::use(id), soci::into(count);
    return count;
}

void refuseSecondOpenPlan(soci::session& session, ClientId client)
{
    if (countOf(session,
                "SELECT COUNT(*) FROM treatment_plans WHERE client_id = :id AND status IN "
                "('active', 'on_hold')",
                client)
        > 0)
        throw ConflictError(_("This client already has an open treatment plan. Complete or "
                              "discontinue it before starting another."));
}

std::string planJson(const TreatmentPlan& plan)
{
    return nlohmann::json(plan).dump();
}

[[noreturn]] void throwStalePlan()
{
    throw ConflictError(_("This plan was changed elsewhere (in another window or by knotwork-cli) "
                          "since you opened it. Nothing was overwritten: open it again to see the "
                          "latest version."));
}

} // namespace

PlanId SqlPlanStore::addPlan(const TreatmentPlan& plan)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        requireClientRow(transaction.session(), plan.clientId);
        refuseSecondOpenPlan(transaction.session(), plan.clientId);
        TreatmentPlan stored = plan;
        stored.createdAt.reset();
        stored.id = PlanRowWriter(transaction.session()).insertPlan(stored);
        transaction.audit({"plan", std::to_string(stored.id), "create", std::nullopt,
                           planJson(stored)});
        transaction.commit();
        return stored.id;
    } catch (...) {
        rethrowAsStorageError(_("saving the treatment plan"));
    }
}

int SqlPlanStore::updatePlan(const TreatmentPlan& plan)
{
    try {
        const TreatmentPlan before = this->plan(plan.id);
        WriteTransaction transaction(m_database, m_actor);
        if (plan.open() && !before.open())
            refuseSecondOpenPlan(transaction.session(), plan.clientId);
        if (!PlanRowWriter(transaction.session()).updatePlan(plan))
            throwStalePlan();
        transaction.audit({"plan", std::to_string(plan.id), "update", planJson(before),
                           planJson(plan)});
        transaction.commit();
        return plan.rowVersion + 1;
    } catch (...) {
        rethrowAsStorageError(_("saving the treatment plan"));
    }
}

TemplateId SqlPlanStore::addTemplate(const PlanTemplate& planTemplate)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const std::string body = templateBody(planTemplate).dump();
        const std::string focus(keyOf(planTemplate.focus));
        transaction.session() << "INSERT INTO plan_templates (name, focus, body, row_version) "
                                 "VALUES (:name, :focus, :body, 1)",
            soci::use(planTemplate.name), soci::use(focus), soci::use(body);
        const long long id = insertedId(transaction.session(), "plan_templates");
        transaction.audit({"plan_template", std::to_string(id), "create", std::nullopt, body});
        transaction.commit();
        return id;
    } catch (...) {
        rethrowAsStorageError(_("saving the plan template"));
    }
}

int SqlPlanStore::updateTemplate(const PlanTemplate& planTemplate)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const std::string body = templateBody(planTemplate).dump();
        const std::string focus(keyOf(planTemplate.focus));
        soci::statement update =
            (transaction.session().prepare
                 << "UPDATE plan_templates SET name = :name, focus = :focus, body = :body, "
                    "row_version = row_version + 1 WHERE id = :id AND row_version = :row_version",
             soci::use(planTemplate.name), soci::use(focus), soci::use(body),
             soci::use(planTemplate.id), soci::use(planTemplate.rowVersion));
        update.execute(true);
        if (update.get_affected_rows() != 1)
            throw ConflictError(_("This template was changed or removed elsewhere since you opened "
                                  "it. Nothing was overwritten."));
        transaction.audit({"plan_template", std::to_string(planTemplate.id), "update",
                           std::nullopt, body});
        transaction.commit();
        return planTemplate.rowVersion + 1;
    } catch (...) {
        rethrowAsStorageError(_("saving the plan template"));
    }
}

void SqlPlanStore::removeTemplate(TemplateId id, int rowVersion)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        soci::statement remove = (transaction.session().prepare
                                      << "DELETE FROM plan_templates WHERE id = :id AND "
                                         "row_version = :row_version",
                                  soci::use(id), soci::use(rowVersion));
        remove.execute(true);
        if (remove.get_affected_rows() != 1)
            throw ConflictError(_("This template was changed or removed elsewhere since you opened "
                                  "it. Nothing was removed."));
        transaction.audit({"plan_template", std::to_string(id), "remove", std::nullopt,
                           std::nullopt});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("removing the plan template"));
    }
}

MeasureId SqlPlanStore::addMeasure(const OutcomeMeasure& measure)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        requireClientRow(transaction.session(), measure.clientId);
        OutcomeMeasure stored = measure;
        stored.id = PlanRowWriter(transaction.session()).insertMeasure(measure);
        transaction.audit({"measure", std::to_string(stored.id), "create", std::nullopt,
                           nlohmann::json(stored).dump()});
        transaction.commit();
        return stored.id;
    } catch (...) {
        rethrowAsStorageError(_("saving the measure"));
    }
}

void SqlPlanStore::voidMeasure(MeasureId id, const Timestamp& at, const std::string& reason)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const std::string voidedAt = at.iso8601();
        soci::statement stamp = (transaction.session().prepare
                                     << "UPDATE outcome_measures SET voided_at = :voided_at, "
                                        "void_reason = :reason WHERE id = :id AND voided_at IS NULL",
                                 soci::use(voidedAt), soci::use(reason), soci::use(id));
        stamp.execute(true);
        if (stamp.get_affected_rows() != 1) {
            if (countOf(transaction.session(), "SELECT COUNT(*) FROM outcome_measures WHERE id = :id", id) == 0)
                throw NotFoundError(formatMessage(_("There is no measure number {} in this practice."), id));
            throw ConflictError(_("This measure has already been voided."));
        }
        transaction.audit({"measure", std::to_string(id), "void", std::nullopt,
                           nlohmann::json{{"voided_at", voidedAt}, {"void_reason", reason}}.dump()});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("voiding the measure"));
    }
}

std::vector<PlanId> SqlPlanStore::importRecords(std::span<const TreatmentPlan> plans,
                                                std::span<const OutcomeMeasure> measures)
{
    std::vector<PlanId> ids;
    if (plans.empty() && measures.empty())
        return ids;
    try {
        WriteTransaction transaction(m_database, m_actor);
        PlanRowWriter writer(transaction.session());
        ids.reserve(plans.size());
        for (const TreatmentPlan& plan : plans)
            ids.push_back(writer.insertPlan(plan));
        for (const OutcomeMeasure& measure : measures)
            writer.insertMeasure(measure);
        transaction.audit({"plan", "", "import", std::nullopt,
                           nlohmann::json{{"plans", plans.size()}, {"measures", measures.size()}}.dump()});
        transaction.commit();
        return ids;
    } catch (...) {
        rethrowAsStorageError(_("adding plans and measures"));
    }
}

} // namespace knotwork::db
