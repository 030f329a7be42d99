#pragma once

#include <string>
#include <soci/soci.h>

#include "db/row_reader.h"
#include "plans/outcome_measure.h"
#include "plans/treatment_plan.h"

namespace knotwork::db {

// Prepared statements that write plans and measures. Each binds its own members, so one writer
// stores thousands of rows (the demo) as cheaply as one. Create it inside the WriteTransaction
// that commits its rows.
class PlanRowWriter {
public:
    explicit PlanRowWriter(soci::session& session);

    // Returns the new id. Keeps the plan's createdAt when it has one (the demo).
    plans::PlanId insertPlan(const plans::TreatmentPlan& plan);
    // False when the plan is gone or its row_version is no longer plan.rowVersion.
    bool updatePlan(const plans::TreatmentPlan& plan);
    plans::MeasureId insertMeasure(const plans::OutcomeMeasure& measure);

private:
    void load(const plans::TreatmentPlan& plan);

    soci::session& m_session;
    // Bound columns of a plan.
    long long m_id = 0, m_clientId = 0;
    std::string m_focus, m_status, m_statusReason, m_startDate, m_reviewDate, m_phaseStartedOn;
    std::string m_body, m_createdAt, m_now;
    int m_currentPhase = 0, m_phaseCount = 0, m_goalCount = 0, m_rowVersion = 0;
    Nullable<long long> m_templateId;
    // Bound columns of a measure.
    std::string m_kind, m_takenOn, m_answers, m_notes, m_enteredAt, m_enteredBy;
    Nullable<double> m_score;
    soci::statement m_insertPlan, m_updatePlan, m_insertMeasure;
};

} // namespace knotwork::db
