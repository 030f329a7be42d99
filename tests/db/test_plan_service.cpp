// PlanService over the SQL stores on a fresh practice, a file and on the clinic server: what is
// stored (the whole plan and its audit, each signed visit's findings, a measure's score) and the
// database refusing changes to measures, findings and plans behind Knotwork's back. PlanService's
// rules run on the in-memory stores in tests/plans/test_plan_service.cpp.
#include <gtest/gtest.h>

#include "common/error.h"
#include "db/practice_opener.h"
#include "app/practice/practice_context.h"
#include "plans/plan_service.h"
#include "support/diagnosed_client.h"
#include "support/sample_measure.h"
#include "support/signed_visit.h"
#include "practice_on_backend.h"
#include "support/therapist_settings.h"

namespace knotwork::db {
namespace {

using namespace knotwork::plans;
using clients::ClientId;
using clients::HeadacheType;
using knotwork::testing::ndi;

const Date kToday(2026, 11, 24);

class Plans : public backends::OnBothBackends {
protected:
    Plans()
        : m_stores(*m_database, "Maya", Clock::stoppedOn(kToday)),
          m_clients(m_stores.clientService()),
          m_sessions(m_stores.sessionService()),
          m_plans(m_stores.planService())
    {
        knotwork::testing::setTherapist(m_clients);
    }

    ClientId addClient(const std::vector<HeadacheType>& diagnosed)
    {
        return knotwork::testing::diagnosedClient(m_clients, diagnosed);
    }

    sessions::NoteId signVisit(ClientId client, const Date& visit, int headacheDays)
    {
        return knotwork::testing::signVisit(m_sessions, client, visit, headacheDays);
    }

    TreatmentPlan tensionPlan(ClientId client, const Date& start = Date(2026, 10, 5))
    {
        return m_plans.planFromTemplate(client, -1, start).plan;
    }

    std::string sql(const std::string& statement)
    {
        return m_practice.query(statement);
    }

    app::PracticeContext m_stores;
    clients::ClientService& m_clients;
    sessions::SessionService& m_sessions;
    PlanService& m_plans;
};

TEST_P(Plans, APlanIsStoredWholeAndAudited)
{
    const ClientId client = addClient({HeadacheType::TensionType, HeadacheType::Cervicogenic});
    const TreatmentPlan plan = tensionPlan(client);
    EXPECT_EQ(plan.focus, PlanFocus::Mixed);
    const PlanId id = m_plans.addPlan(plan);

    const TreatmentPlan stored = m_stores.stores().plans().plan(id);
    EXPECT_EQ(stored.goals, plan.goals);
    EXPECT_EQ(stored.phases, plan.phases);
    EXPECT_EQ(stored.techniques, plan.techniques);
    EXPECT_EQ(stored.rowVersion, 1);
    EXPECT_EQ(sql("SELECT COUNT(*) FROM audit_log WHERE entity = 'plan' AND action = 'create'"), "1");
    const std::vector<PlanSummary> listed = m_stores.stores().plans().plans(client);
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].goalCount, static_cast<int>(plan.goals.size()));
}

TEST_P(Plans, TheDayAPlanEndedIsStoredWithIt)
{
    const ClientId client = addClient({HeadacheType::TensionType});
    const PlanId id = m_plans.addPlan(tensionPlan(client));
    m_plans.changeStatus(id, 1, PlanStatus::Discontinued, "Moved away");
    EXPECT_EQ(m_stores.stores().plans().plan(id).statusChangedOn, kToday);
    // The body is JSON, read with each database's own JSON function.
    const std::string statusChangedOn = m_practice.onServer() ? "CAST(body AS JSONB) ->> 'status_changed_on'"
                                                              : "json_extract(body, '$.status_changed_on')";
    EXPECT_EQ(sql("SELECT " + statusChangedOn + " FROM treatment_plans"), "2026-11-24");
}

TEST_P(Plans, EachSignedVisitKeepsTheFindingsProgressIsComputedFrom)
{
    const ClientId client = addClient({HeadacheType::TensionType});
    signVisit(client, Date(2026, 10, 5), 12);
    m_plans.addPlan(tensionPlan(client));
    signVisit(client, Date(2026, 10, 12), 10);
    signVisit(client, Date(2026, 11, 9), 6);
    EXPECT_EQ(sql("SELECT COUNT(*) FROM note_findings WHERE client_id = " + std::to_string(client)), "3");
}

TEST_P(Plans, AMeasureIsStoredWithItsScoreAndTheDatabaseRefusesAnyChangeButVoiding)
{
    const ClientId client = addClient({HeadacheType::Cervicogenic});
    const MeasureId id = m_plans.addMeasure(ndi(client, Date(2026, 11, 2)));
    EXPECT_EQ(sql("SELECT ROUND(CAST(score AS NUMERIC), 1) FROM outcome_measures"), "33.3");
    m_plans.voidMeasure(id, "Entered for the wrong client");
    EXPECT_THROW(sql("UPDATE outcome_measures SET notes = 'changed'"), std::runtime_error);
    EXPECT_THROW(sql("DELETE FROM outcome_measures"), std::runtime_error);
}

TEST_P(Plans, FindingsAndPlansCannotBeChangedOrRemovedBehindKnotworksBack)
{
    const ClientId client = addClient({HeadacheType::TensionType});
    signVisit(client, Date(2026, 10, 5), 12);
    m_plans.addPlan(tensionPlan(client));
    EXPECT_THROW(sql("UPDATE note_findings SET headache_days = 0"), std::runtime_error);
    EXPECT_THROW(sql("DELETE FROM note_findings"), std::runtime_error);
    EXPECT_THROW(sql("DELETE FROM treatment_plans"), std::runtime_error);
    EXPECT_EQ(sql("SELECT headache_days FROM note_findings"), "12");
}

KNOTWORK_ON_BOTH_BACKENDS(Plans);

} // namespace
} // namespace knotwork::db
