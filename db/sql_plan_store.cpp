// SqlPlanStore's reads.
#include "db/sql_plan_store.h"

#include <soci/soci.h>

#include "clients/client.h"
#include "common/error.h"
#include "common/i18n.h"
#include "db/id_list.h"
#include "db/row_reader.h"
#include "db/record_damage.h"
#include "db/storage_errors.h"
#include "plans/plan_choices.h"
#include "plans/plan_json.h"

namespace knotwork::db {

using namespace knotwork::plans;

const char* const kPlanColumns =
    "treatment_plans.id, treatment_plans.client_id, treatment_plans.focus, treatment_plans.status, "
    "treatment_plans.status_reason, treatment_plans.start_date, treatment_plans.review_date, "
    "treatment_plans.current_phase, treatment_plans.phase_started_on, "
    "treatment_plans.template_id, treatment_plans.body, treatment_plans.created_at, "
    "treatment_plans.updated_at, treatment_plans.row_version";

TreatmentPlan readPlanRow(const soci::row& row)
{
    RowReader read(row);
    TreatmentPlan plan;
    plan.id = read.integer("id");
    readRecord(kTreatmentPlan, plan.id, [&] {
        plan.clientId = read.integer("client_id");
        plan.focus = read.choice<PlanFocus>("focus", "treatment_plans", std::to_string(plan.id));
        plan.status = read.choice<PlanStatus>("status", "treatment_plans", std::to_string(plan.id));
        plan.statusReason = read.text("status_reason");
        plan.startDate = read.date("start_date");
        plan.reviewDate = read.date("review_date");
        plan.currentPhase = static_cast<int>(read.integer("current_phase"));
        plan.phaseStartedOn = read.date("phase_started_on");
        plan.templateId = read.optionalInteger("template_id");
        readPlanBody(std::string_view(read.text("body")), plan);
        plan.createdAt = read.timestamp("created_at");
        plan.updatedAt = read.timestamp("updated_at");
        plan.rowVersion = static_cast<int>(read.integer("row_version"));
    });
    return plan;
}

SqlPlanStore::SqlPlanStore(Database& database, std::string actor)
    : m_database(database), m_actor(std::move(actor))
{
}

std::vector<PlanSummary> SqlPlanStore::plans(ClientId client)
{
    try {
        std::vector<PlanSummary> all;
        forEachRow(m_database,
                   "SELECT id, focus, start_date, review_date, status, current_phase, phase_count, "
                   "goal_count FROM treatment_plans WHERE client_id = :id "
                   "ORDER BY start_date DESC, id DESC",
                   client, [&all](const soci::row& row) {
            RowReader read(row);
            PlanSummary& summary = all.emplace_back();
            summary.id = read.integer("id");
            readRecord(kTreatmentPlan, summary.id, [&] {
                summary.focus = read.choice<PlanFocus>("focus", "treatment_plans", std::to_string(summary.id));
                summary.startDate = read.date("start_date");
                summary.reviewDate = read.date("review_date");
                summary.status = read.choice<PlanStatus>("status", "treatment_plans", std::to_string(summary.id));
                summary.currentPhase = static_cast<int>(read.integer("current_phase"));
                summary.phaseCount = static_cast<int>(read.integer("phase_count"));
                summary.goalCount = static_cast<int>(read.integer("goal_count"));
            });
        });
        return all;
    } catch (...) {
        rethrowAsStorageError(_("reading the client's plans"));
    }
}

TreatmentPlan SqlPlanStore::plan(PlanId id)
{
    std::optional<TreatmentPlan> found;
    try {
        forEachRow(m_database,
                   std::string("SELECT ") + kPlanColumns + " FROM treatment_plans WHERE id = :id",
                   id, [&found](const soci::row& row) { found = readPlanRow(row); });
    } catch (...) {
        rethrowAsStorageError(_("reading the plan"));
    }
    if (!found)
        throw NotFoundError(formatMessage(_("There is no treatment plan number {} in this practice."), id));
    return *found;
}

// The active plans with their client's three names; a query adds its conditions and order.
const std::string kActivePlansWithNames = std::string("SELECT ") + kPlanColumns
    + ", family_name, given_names, preferred_name FROM treatment_plans JOIN clients ON clients.id = "
      "treatment_plans.client_id WHERE treatment_plans.status = 'active'";

// The plans a statement selects as kActivePlansWithNames does.
std::vector<OpenPlan> readOpenPlans(soci::statement& statement, soci::row& row)
{
    std::vector<OpenPlan> all;
    statement.execute(false);
    while (statement.fetch()) {
        OpenPlan& open = all.emplace_back();
        open.plan = readPlanRow(row);
        clients::Client client;
        client.familyName = row.get<std::string>(14);
        client.givenNames = row.get<std::string>(15);
        client.preferredName = row.get<std::string>(16);
        open.clientName = clients::fullName(client);
    }
    return all;
}

std::optional<TreatmentPlan> SqlPlanStore::openPlan(ClientId client)
{
    try {
        std::optional<TreatmentPlan> found;
        forEachRow(m_database,
                   std::string("SELECT ") + kPlanColumns
                       + " FROM treatment_plans WHERE client_id = :id AND status IN ('active', "
                         "'on_hold')",
                   client, [&found](const soci::row& row) { found = readPlanRow(row); });
        return found;
    } catch (...) {
        rethrowAsStorageError(_("reading the client's plans"));
    }
}

std::vector<OpenPlan> SqlPlanStore::plansToLookAt(const Date& today, const Date& recentSince)
{
    try {
        const std::string day = isoDate(today), since = isoDate(recentSince);
        soci::row row;
        soci::statement statement =
            (m_database.session().prepare
                 << kActivePlansWithNames
                        + " AND (treatment_plans.review_date < :today OR clients.last_visit_on >= :since OR "
                          "EXISTS (SELECT 1 FROM outcome_measures m WHERE m.client_id = "
                          "treatment_plans.client_id AND m.taken_on >= :since)) "
                          "ORDER BY treatment_plans.review_date, treatment_plans.id",
             soci::use(day, "today"), soci::use(since, "since"), soci::into(row));
        return readOpenPlans(statement, row);
    } catch (...) {
        rethrowAsStorageError(_("reading the practice's plans"));
    }
}

std::vector<OpenPlan> SqlPlanStore::activePlans()
{
    try {
        soci::row row;
        soci::statement statement =
            (m_database.session().prepare
                 << kActivePlansWithNames + " ORDER BY treatment_plans.review_date, treatment_plans.id",
             soci::into(row));
        return readOpenPlans(statement, row);
    } catch (...) {
        rethrowAsStorageError(_("reading the practice's plans"));
    }
}

std::vector<PlanActivity> SqlPlanStore::activePlansWithActivity()
{
    try {
        std::vector<PlanActivity> all;
        std::map<ClientId, std::size_t> ofClient;  // a client has one open plan at most
        for (OpenPlan& open : activePlans()) {
            ofClient.emplace(open.plan.clientId, all.size());
            all.push_back({std::move(open), std::nullopt, 0, {}});
        }
        soci::session& session = m_database.session();
        soci::rowset<soci::row> visits = session.prepare
            << "SELECT p.client_id, MAX(f.visit_date) AS last_visit, SUM(CASE WHEN f.visit_date >= "
               "p.phase_started_on THEN 1 ELSE 0 END) AS in_phase FROM treatment_plans p JOIN note_findings f "
               "ON f.client_id = p.client_id WHERE p.status = 'active' GROUP BY p.client_id";
        for (const soci::row& row : visits) {
            RowReader read(row);
            PlanActivity& activity = all.at(ofClient.at(read.integer("client_id")));
            activity.lastVisit = read.date("last_visit");
            activity.visitsInPhase = static_cast<int>(read.integer("in_phase"));
        }
        soci::rowset<soci::row> measures = session.prepare
            << "SELECT m.client_id, m.kind, MAX(m.taken_on) AS last_taken FROM treatment_plans p JOIN "
               "outcome_measures m ON m.client_id = p.client_id WHERE p.status = 'active' AND m.voided_at IS NULL "
               "GROUP BY m.client_id, m.kind";
        for (const soci::row& row : measures) {
            RowReader read(row);
            const ClientId client = read.integer("client_id");
            all.at(ofClient.at(client))
                .lastTaken.emplace(read.choice<MeasureKind>("kind", "outcome_measures", std::to_string(client)),
                                   read.date("last_taken"));
        }
        return all;
    } catch (...) {
        rethrowAsStorageError(_("reading the practice's plans"));
    }
}

std::vector<PlanTemplate> SqlPlanStore::templates()
{
    try {
        std::vector<PlanTemplate> all;
        m_database.statements().forEachRow("SELECT id, body, row_version FROM plan_templates ORDER BY name, id",
                                           [&all](const soci::row& row) {
            RowReader read(row);
            PlanTemplate& planTemplate = all.emplace_back();
            planTemplate.id = read.integer("id");
            readRecord(kPlanTemplate, planTemplate.id, [&] {
                readTemplateBody(std::string_view(read.text("body")), planTemplate);
                planTemplate.rowVersion = static_cast<int>(read.integer("row_version"));
            });
        });
        return all;
    } catch (...) {
        rethrowAsStorageError(_("reading the plan templates"));
    }
}

namespace {

const char* const kMeasureColumns = "id, client_id, kind, taken_on, answers, notes, entered_at, entered_by, voided_at, "
                                   "void_reason FROM outcome_measures";

OutcomeMeasure readMeasureRow(const soci::row& row)
{
    RowReader read(row);
    OutcomeMeasure measure;
    measure.id = read.integer("id");
    readRecord(kOutcomeMeasure, measure.id, [&] {
        measure.clientId = read.integer("client_id");
        measure.kind = read.choice<MeasureKind>("kind", "outcome_measures", std::to_string(measure.id));
        measure.takenOn = read.date("taken_on");
        readMeasureAnswers(std::string_view(read.text("answers")), measure);
        measure.notes = read.text("notes");
        measure.enteredAt = read.timestamp("entered_at");
        measure.enteredBy = read.text("entered_by");
        if (const auto voidedAt = read.optionalText("voided_at"))
            measure.voidedAt = Timestamp::fromIso8601(*voidedAt);
        measure.voidReason = read.text("void_reason");
    });
    return measure;
}

} // namespace

std::vector<OutcomeMeasure> SqlPlanStore::measures(ClientId client)
{
    try {
        std::vector<OutcomeMeasure> all;
        forEachRow(m_database,
                   std::string("SELECT ") + kMeasureColumns + " WHERE client_id = :id ORDER BY taken_on, id", client,
                   [&all](const soci::row& row) { all.push_back(readMeasureRow(row)); });
        return all;
    } catch (...) {
        rethrowAsStorageError(_("reading the client's measures"));
    }
}

std::map<ClientId, std::vector<OutcomeMeasure>>
SqlPlanStore::measuresOfClients(const std::vector<ClientId>& clients)
{
    try {
        std::map<ClientId, std::vector<OutcomeMeasure>> all;
        if (clients.empty())
            return all;
        soci::rowset<soci::row> rows = m_database.session().prepare
            << std::string("SELECT ") + kMeasureColumns + " WHERE client_id IN (" + idList(clients)
                   + ") ORDER BY client_id, taken_on, id";
        for (const soci::row& row : rows) {
            OutcomeMeasure measure = readMeasureRow(row);
            all[measure.clientId].push_back(std::move(measure));
        }
        return all;
    } catch (...) {
        rethrowAsStorageError(_("reading the clients' measures"));
    }
}

} // namespace knotwork::db
