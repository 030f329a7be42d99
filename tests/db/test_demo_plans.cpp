// The demo practice's plans and measures tell the same story as its notes: valid plans for the
// diagnosis on file, started at the first visit from its findings, measures that score, and a
// Today view with something to show.
#include <algorithm>
#include <gtest/gtest.h>

#include "app/practice/practice_context.h"
#include "db/practice_opener.h"
#include "plans/plan_validation.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using namespace knotwork::plans;

const Date kDay(2026, 11, 23);

class DemoPlans : public ::testing::Test {
protected:
    DemoPlans()
        : m_database(openPractice(m_dir / "demo.sqlite", OpenMode::CreateIfMissing, "demo").database),
          m_stores(*m_database, "demo", Clock::stoppedOn(kDay))
    {
        EXPECT_TRUE(demo::fillDemoPractice(m_stores.demoStores(), {300, 3, kDay}));
    }

    knotwork::testing::TempDir m_dir;
    std::unique_ptr<Database> m_database;
    app::PracticeContext m_stores;
};

TEST_F(DemoPlans, PlansAreValidForTheDiagnosisOnFileAndStartAtTheFirstVisit)
{
    std::map<PlanStatus, int> statuses;
    int goalsFromNotes = 0;
    for (clients::ClientId client = 1; client <= 300; ++client) {
        const std::vector<PlanSummary> plans = m_stores.stores().plans().plans(client);
        if (plans.empty())
            continue;
        ASSERT_EQ(plans.size(), 1u);
        const TreatmentPlan plan = m_stores.stores().plans().plan(plans[0].id);
        SCOPED_TRACE("client " + std::to_string(client));
        EXPECT_NO_THROW(validatePlan(plan, kDay));
        EXPECT_TRUE(diagnosesSupport(plan.focus, m_stores.stores().clients().chart(client).diagnoses));
        ++statuses[plan.status];

        const ProgressData data = m_stores.planService().progressData(client);
        ASSERT_FALSE(data.visits.empty());
        EXPECT_EQ(plan.startDate, data.visits.front().visitDate);
        for (const Goal& goal : plan.goals) {
            if (goal.metric != GoalMetric::HeadacheDaysPerMonth && goal.metric != GoalMetric::Rom)
                continue;
            ++goalsFromNotes;
            EXPECT_DOUBLE_EQ(goal.baseline, *baselineFor(goal, data, plan.startDate));
        }
        for (const OutcomeMeasure& measure : m_stores.stores().plans().measures(client))
            EXPECT_NO_THROW(validateMeasure(measure, kDay));
    }
    EXPECT_GT(goalsFromNotes, 100);
    EXPECT_GT(statuses[PlanStatus::Active], 20);
    EXPECT_GT(statuses[PlanStatus::Discontinued], 20);
    EXPECT_GT(statuses[PlanStatus::Completed], 0);
}

TEST_F(DemoPlans, TheTodayViewHasPlansToReviewAndGoalsToCelebrate)
{
    const std::vector<PlanReminderRow> reminders = m_stores.planService().reminders();
    int reviews = 0, goals = 0;
    for (const PlanReminderRow& row : reminders) {
        reviews += row.reminders.reviewDue ? 1 : 0;
        goals += row.goalsMet.empty() ? 0 : 1;
    }
    EXPECT_GT(reviews, 0);
    EXPECT_GT(goals, 0);
    EXPECT_LT(reminders.size(), 60u) << "a Today list a therapist can read";
}

// Today reads the plans' visits and measures for all of them at once: what it shows is what each
// plan's own progress (the Plan tab's, read plan by plan with the client's chart) asks for.
TEST_F(DemoPlans, TodaysRemindersAreWhatEachPlansOwnProgressAsksForInReviewOrder)
{
    std::vector<PlanReminderRow> expected;
    for (const OpenPlan& open : m_stores.stores().plans().plansToLookAt(kDay, kDay - boost::gregorian::days(28))) {
        const PlanProgress progress = m_stores.planService().progress(open.plan.id);
        if (progress.reminders.any())
            expected.push_back({open.plan.id, open.plan.clientId, open.clientName, open.plan.reviewDate,
                                progress.reminders, {}});
    }
    const std::vector<PlanReminderRow> shown = m_stores.planService().reminders();
    ASSERT_EQ(shown.size(), expected.size());
    for (std::size_t i = 0; i < shown.size(); ++i) {
        SCOPED_TRACE("row " + std::to_string(i));
        EXPECT_EQ(shown[i].planId, expected[i].planId);
        EXPECT_EQ(shown[i].clientName, expected[i].clientName);
        EXPECT_EQ(shown[i].reviewDate, expected[i].reviewDate);
        EXPECT_EQ(shown[i].reminders.reviewDue, expected[i].reminders.reviewDue);
        EXPECT_EQ(shown[i].reminders.goalsMet, expected[i].reminders.goalsMet);
        EXPECT_EQ(shown[i].reminders.suggestedPhase, expected[i].reminders.suggestedPhase);
        EXPECT_EQ(shown[i].reminders.phaseVisitsDone, expected[i].reminders.phaseVisitsDone);
    }
}

// Recall reads every active plan's activity at once: the same as each client's own findings and
// measures say.
TEST_F(DemoPlans, ActivePlansActivityIsWhatEachClientsFindingsAndMeasuresSay)
{
    const std::vector<PlanActivity> active = m_stores.stores().plans().activePlansWithActivity();
    ASSERT_GT(active.size(), 20u);
    for (const PlanActivity& activity : active) {
        const TreatmentPlan& plan = activity.open.plan;
        SCOPED_TRACE("plan " + std::to_string(plan.id));
        const ProgressData data = m_stores.planService().progressData(plan.clientId);
        ASSERT_FALSE(data.visits.empty());
        EXPECT_EQ(activity.lastVisit, data.visits.back().visitDate);
        EXPECT_EQ(activity.visitsInPhase, visitsInPhase(plan, data));
        std::map<MeasureKind, Date> lastTaken;
        for (const OutcomeMeasure& measure : data.measures)
            lastTaken[measure.kind] = std::max(lastTaken.try_emplace(measure.kind, measure.takenOn).first->second,
                                               measure.takenOn);
        EXPECT_EQ(activity.lastTaken, lastTaken);
    }
}

} // namespace
} // namespace knotwork::db
