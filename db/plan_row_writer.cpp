#include "db/plan_row_writer.h"

#include "plans/measure_scoring.h"
#include "plans/plan_choices.h"
#include "plans/plan_json.h"

namespace knotwork::db {

using namespace knotwork::plans;

PlanRowWriter::PlanRowWriter(soci::session& session)
    : m_session(session),
      m_insertPlan((session.prepare
                        << "INSERT INTO treatment_plans (client_id, focus, status, status_reason, "
                           "start_date, review_date, current_phase, phase_count, phase_started_on, "
                           "goal_count, template_id, body, created_at, updated_at, row_version) "
                           "VALUES (:client_id, :focus, :status, :status_reason, :start_date, "
                           ":review_date, :current_phase, :phase_count, :phase_started_on, "
                           ":goal_count, :template_id, :body, :created_at, :now, 1)",
                    soci::use(m_clientId, "client_id"), soci::use(m_focus, "focus"),
                    soci::use(m_status, "status"), soci::use(m_statusReason, "status_reason"),
                    soci::use(m_startDate, "start_date"), soci::use(m_reviewDate, "review_date"),
                    soci::use(m_currentPhase, "current_phase"),
                    soci::use(m_phaseCount, "phase_count"),
                    soci::use(m_phaseStartedOn, "phase_started_on"),
                    soci::use(m_goalCount, "goal_count"),
                    soci::use(m_templateId.value, m_templateId.indicator, "template_id"),
                    soci::use(m_body, "body"), soci::use(m_createdAt, "created_at"),
                    soci::use(m_now, "now"))),
      m_updatePlan((session.prepare
                        << "UPDATE treatment_plans SET focus = :focus, status = :status, "
                           "status_reason = :status_reason, start_date = :start_date, "
                           "review_date = :review_date, current_phase = :current_phase, "
                           "phase_count = :phase_count, phase_started_on = :phase_started_on, "
                           "goal_count = :goal_count, body = :body, updated_at = :now, "
                           "row_version = row_version + 1 "
                           "WHERE id = :id AND row_version = :row_version",
                    soci::use(m_focus, "focus"), soci::use(m_status, "status"),
                    soci::use(m_statusReason, "status_reason"),
                    soci::use(m_startDate, "start_date"), soci::use(m_reviewDate, "review_date"),
                    soci::use(m_currentPhase, "current_phase"),
                    soci::use(m_phaseCount, "phase_count"),
                    soci::use(m_phaseStartedOn, "phase_started_on"),
                    soci::use(m_goalCount, "goal_count"), soci::use(m_body, "body"),
                    soci::use(m_now, "now"), soci::use(m_id, "id"),
                    soci::use(m_rowVersion, "row_version"))),
      m_insertMeasure((session.prepare
                           << "INSERT INTO outcome_measures (client_id, kind, taken_on, answers, "
                              "score, notes, entered_at, entered_by, void_reason) VALUES "
                              "(:client_id, :kind, :taken_on, :answers, :score, :notes, "
                              ":entered_at, :entered_by, '')",
                       soci::use(m_clientId, "client_id"), soci::use(m_kind, "kind"),
                       soci::use(m_takenOn, "taken_on"), soci::use(m_answers, "answers"),
                       soci::use(m_score.value, m_score.indicator, "score"),
                       soci::use(m_notes, "notes"), soci::use(m_enteredAt, "entered_at"),
                       soci::use(m_enteredBy, "entered_by")))
{
}

void PlanRowWriter::load(const TreatmentPlan& plan)
{
    m_id = plan.id;
    m_clientId = plan.clientId;
    m_focus = std::string(keyOf(plan.focus));
    m_status = std::string(keyOf(plan.status));
    m_statusReason = plan.statusReason;
    m_startDate = isoDate(plan.startDate);
    m_reviewDate = isoDate(plan.reviewDate);
    m_currentPhase = plan.currentPhase;
    m_phaseCount = static_cast<int>(plan.phases.size());
    m_phaseStartedOn = isoDate(plan.phaseStartedOn);
    m_goalCount = static_cast<int>(plan.goals.size());
    m_templateId = nullableId(plan.templateId);
    m_body = planBody(plan).dump();
    m_now = Timestamp::now().iso8601();
    m_createdAt = plan.createdAt ? plan.createdAt->iso8601() : m_now;
    m_rowVersion = plan.rowVersion;
}

PlanId PlanRowWriter::insertPlan(const TreatmentPlan& plan)
{
    load(plan);
    m_insertPlan.execute(true);
    return insertedId(m_session, "treatment_plans");
}

bool PlanRowWriter::updatePlan(const TreatmentPlan& plan)
{
    load(plan);
    m_updatePlan.execute(true);
    return m_updatePlan.get_affected_rows() == 1;
}

MeasureId PlanRowWriter::insertMeasure(const OutcomeMeasure& measure)
{
    m_clientId = measure.clientId;
    m_kind = std::string(keyOf(measure.kind));
    m_takenOn = isoDate(measure.takenOn);
    m_answers = measureAnswers(measure).dump();
    m_score = Nullable<double>(headlineScore(measure));
    m_notes = measure.notes;
    m_enteredAt = (measure.enteredAt ? *measure.enteredAt : Timestamp::now()).iso8601();
    m_enteredBy = measure.enteredBy;
    m_insertMeasure.execute(true);
    return insertedId(m_session, "outcome_measures");
}

} // namespace knotwork::db
