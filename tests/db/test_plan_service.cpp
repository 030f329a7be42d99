// PlanService over the SQL stores on a fresh practice file: plans need a diagnosis on file, one
// open plan per client, progress from signed notes and measures, reminders, phases, and the
// database refusing changes to measures and findings behind Knotwork's back.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/date_time/posix_time/posix_time.hpp>

#include "common/error.h"
#include "db/practice_opener.h"
#include "app/practice/practice_context.h"
#include "plans/plan_service.h"
#include "support/practice_files.h"
#include "support/sample_measure.h"
#include "support/sample_note.h"
#include "support/treatment_consent.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using namespace knotwork::plans;
using clients::ClientId;
using clients::HeadacheType;
using ::testing::HasSubstr;

const Date kToday(2026, 11, 24);

class Plans : public ::testing::Test {
protected:
    Plans()
        : m_file(m_dir / "practice.sqlite"),
          m_database(openPractice(m_file, OpenMode::CreateIfMissing, "setup").database),
          m_stores(*m_database, "Maya", Clock::stoppedOn(kToday)),
          m_clients(m_stores.clientService()),
          m_sessions(m_stores.sessionService()),
          m_plans(m_stores.planService())
    {
        clients::PracticeSettings settings = m_clients.settings();
        settings.therapistName = "Maya Lindqvist";
        settings.credentials = "RMT";
        m_clients.saveSettings(settings, std::nullopt);
    }

    ClientId addClient(std::vector<HeadacheType> diagnosed)
    {
        clients::IntakeRecord record;
        record.client.familyName = "Martin";
        record.client.givenNames = "Zoë";
        record.intake.headache.headacheDaysPerMonth = 12;
        record.intake.headache.usualIntensity = 6;
        for (HeadacheType type : diagnosed) {
            clients::Diagnosis diagnosis;
            diagnosis.type = type;
            diagnosis.diagnosedBy = "Dr. Okafor";
            record.diagnoses.push_back(diagnosis);
        }
        const ClientId id = m_clients.saveIntake(record);
        testing::consentToTreatment(m_clients, id);
        return id;
    }

    // A signed note of the visit with the diary and rotation (both sides) given.
    sessions::NoteId signVisit(ClientId client, const Date& visit, int headacheDays,
                               int rotation = 60, int cfrtRight = 26)
    {
        sessions::SoapNote note = m_sessions.openNote(client, visit, std::nullopt);
        sessions::SoapNote filled = testing::sampleNote(client, visit);
        filled.id = note.id;
        filled.rowVersion = note.rowVersion;
        filled.subjective.diaryDays = 30;
        filled.subjective.headacheDays = headacheDays;
        filled.objective.rom[sessions::RomDirection::RotationLeft] = {rotation, rotation + 5};
        filled.objective.rom[sessions::RomDirection::RotationRight] = {rotation, rotation + 5};
        filled.objective.cfrtRight = cfrtRight;  // the sample's left is 38°
        filled.rowVersion = m_sessions.saveDraft(filled);
        return m_sessions.sign(filled.id, filled.rowVersion).id;
    }

    TreatmentPlan tensionPlan(ClientId client, const Date& start = Date(2026, 10, 5))
    {
        return m_plans.planFromTemplate(client, -1, start).plan;
    }

    std::string sql(const std::string& statement)
    {
        return knotwork::testing::sqliteQuery(m_file, statement);
    }

    knotwork::testing::TempDir m_dir;
    std::filesystem::path m_file;
    std::unique_ptr<Database> m_database;
    app::PracticeContext m_stores;
    clients::ClientService& m_clients;
    sessions::SessionService& m_sessions;
    PlanService& m_plans;
};

TEST_F(Plans, APlanNeedsTheProvidersDiagnosisOnFile)
{
    const ClientId undiagnosed = addClient({});
    TreatmentPlan plan = tensionPlan(undiagnosed);
    try {
        m_plans.addPlan(plan);
        FAIL() << "planned treatment without a diagnosis on file";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.problems().front().field, "focus");
        EXPECT_EQ(error.problems().front().rule, "diagnosis-on-file");
        EXPECT_THAT(error.what(), HasSubstr("does not diagnose"));
    }
    const ClientId cervicogenicOnly = addClient({HeadacheType::Cervicogenic});
    plan = tensionPlan(cervicogenicOnly);
    EXPECT_EQ(plan.focus, PlanFocus::Cervicogenic);  // the template's focus follows the file
    EXPECT_GT(m_plans.addPlan(plan), 0);
}

TEST_F(Plans, APlanIsStoredWholeAndAudited)
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

TEST_F(Plans, AClientHasOneOpenPlanAtATime)
{
    const ClientId client = addClient({HeadacheType::TensionType});
    const PlanId first = m_plans.addPlan(tensionPlan(client));
    EXPECT_THROW(m_plans.addPlan(tensionPlan(client)), ConflictError);

    m_plans.changeStatus(first, 1, PlanStatus::Completed, "");
    EXPECT_GT(m_plans.addPlan(tensionPlan(client, kToday)), first);
    EXPECT_THROW(m_plans.changeStatus(first, 2, PlanStatus::Active, ""), ConflictError);
}

TEST_F(Plans, AStaleEditChangesNothing)
{
    const ClientId client = addClient({HeadacheType::TensionType});
    const PlanId id = m_plans.addPlan(tensionPlan(client));
    TreatmentPlan plan = m_stores.stores().plans().plan(id);
    plan.precautions = "First edit";
    m_plans.updatePlan(plan);
    plan.precautions = "Second edit from an old copy";
    EXPECT_THROW(m_plans.updatePlan(plan), ConflictError);
    EXPECT_EQ(m_stores.stores().plans().plan(id).precautions, "First edit");
}

TEST_F(Plans, DiscontinuingNeedsAReason)
{
    const ClientId client = addClient({HeadacheType::TensionType});
    const PlanId id = m_plans.addPlan(tensionPlan(client));
    EXPECT_THROW(m_plans.changeStatus(id, 1, PlanStatus::Discontinued, ""), ValidationError);
    EXPECT_EQ(m_plans.changeStatus(id, 1, PlanStatus::Discontinued, "Moved away").status,
              PlanStatus::Discontinued);
}

TEST_F(Plans, ProgressIsComputedFromSignedNotes)
{
    const ClientId client = addClient({HeadacheType::TensionType});
    signVisit(client, Date(2026, 10, 5), 12);
    const PlanId id = m_plans.addPlan(tensionPlan(client));
    signVisit(client, Date(2026, 10, 12), 10);
    signVisit(client, Date(2026, 11, 9), 6);

    const PlanProgress progress = m_plans.progress(id);
    const GoalProgress* days = nullptr;
    for (const GoalProgress& goal : progress.goals)
        if (goal.goal.metric == GoalMetric::HeadacheDaysPerMonth)
            days = &goal;
    ASSERT_NE(days, nullptr);
    EXPECT_DOUBLE_EQ(days->goal.baseline, 12);
    EXPECT_DOUBLE_EQ(days->goal.target, 6);
    EXPECT_EQ(days->series.size(), 3u);
    EXPECT_DOUBLE_EQ(days->latest->value, 6);
    EXPECT_TRUE(days->met);
    EXPECT_EQ(progress.visitsInPhase, 3);
    EXPECT_EQ(sql("SELECT COUNT(*) FROM note_findings WHERE client_id = " + std::to_string(client)), "3");
}

TEST_F(Plans, MetGoalsOfThePhaseSuggestTheNextOneOnToday)
{
    const ClientId client = addClient({HeadacheType::Cervicogenic});
    signVisit(client, Date(2026, 10, 5), 12, 55);
    const TreatmentPlan started = m_plans.planFromTemplate(client, -2, Date(2026, 10, 5)).plan;
    // The flexion-rotation test is restricted on the right (26°, 12° below the left): its goal is
    // 10° more there.
    ASSERT_FALSE(started.goals.empty());
    EXPECT_EQ(started.goals[0].metric, GoalMetric::Cfrt);
    EXPECT_EQ(started.goals[0].direction, sessions::RomDirection::RotationRight);
    EXPECT_DOUBLE_EQ(started.goals[0].baseline, 26);
    EXPECT_DOUBLE_EQ(started.goals[0].target, 36);
    const PlanId id = m_plans.addPlan(started);
    signVisit(client, Date(2026, 11, 2), 10, 72, 37);  // rotation 55 → 70 and CFRT 26 → 37: all met

    PlanProgress progress = m_plans.progress(id);
    ASSERT_TRUE(progress.reminders.suggestedPhase);
    const std::vector<PlanReminderRow> today = m_plans.reminders();
    ASSERT_EQ(today.size(), 1u);
    EXPECT_EQ(today[0].clientName, "Zoë Martin");
    EXPECT_THAT(today[0].goalsMet, ::testing::Contains("ROM: Rotation left"));

    const TreatmentPlan advanced = m_plans.advancePhase(id, progress.plan.rowVersion, kToday);
    EXPECT_EQ(advanced.currentPhase, 1);
    EXPECT_EQ(advanced.phaseStartedOn, kToday);
    EXPECT_FALSE(m_plans.progress(id).reminders.suggestedPhase);
}

TEST_F(Plans, AReviewDateThatHasPassedIsAReminder)
{
    const ClientId client = addClient({HeadacheType::TensionType});
    TreatmentPlan plan = tensionPlan(client, Date(2026, 9, 1));
    plan.goals.clear();
    m_plans.addPlan(plan);
    const std::vector<PlanReminderRow> today = m_plans.reminders();
    ASSERT_EQ(today.size(), 1u);
    EXPECT_TRUE(today[0].reminders.reviewDue);
}

using knotwork::testing::ndi;

TEST_F(Plans, AMeasureIsStoredWithItsScoreAndWhoEnteredIt)
{
    const ClientId client = addClient({HeadacheType::Cervicogenic});
    const MeasureId id = m_plans.addMeasure(ndi(client, Date(2026, 11, 2)));
    const std::vector<OutcomeMeasure> measures = m_plans.measures(client);
    ASSERT_EQ(measures.size(), 1u);
    EXPECT_EQ(measures[0].id, id);
    EXPECT_EQ(measures[0].answers, ndi(client, Date(2026, 11, 2)).answers);
    EXPECT_EQ(measures[0].enteredBy, "Maya Lindqvist, RMT");
    EXPECT_EQ(sql("SELECT ROUND(score, 1) FROM outcome_measures"), "33.3");
}

TEST_F(Plans, AMeasureIsOnlyEverVoidedOnce)
{
    const ClientId client = addClient({HeadacheType::Cervicogenic});
    const MeasureId id = m_plans.addMeasure(ndi(client, Date(2026, 11, 2)));
    EXPECT_THROW(m_plans.voidMeasure(id, ""), ValidationError);
    m_plans.voidMeasure(id, "Entered for the wrong client");
    EXPECT_THROW(m_plans.voidMeasure(id, "Again"), ConflictError);
    EXPECT_TRUE(m_plans.measures(client)[0].voided());
    EXPECT_TRUE(m_plans.progressData(client).measures.empty());

    EXPECT_THROW(sql("UPDATE outcome_measures SET notes = 'changed'"), std::runtime_error);
    EXPECT_THROW(sql("DELETE FROM outcome_measures"), std::runtime_error);
}

TEST_F(Plans, AFollowUpPsfsRatesTheBaselinesActivities)
{
    const ClientId client = addClient({HeadacheType::Cervicogenic});
    OutcomeMeasure baseline;
    baseline.clientId = client;
    baseline.kind = MeasureKind::Psfs;
    baseline.takenOn = Date(2026, 10, 5);
    baseline.activities = {{"Reading for an hour", 3}, {"Reversing the car", 2}, {"Sleeping through", 4}};
    EXPECT_TRUE(m_plans.psfsActivities(client, kToday).empty()) << "before a baseline, nothing to compare";
    m_plans.addMeasure(baseline);
    EXPECT_EQ(m_plans.psfsActivities(client, kToday),
              (std::vector<std::string>{"Reading for an hour", "Reversing the car", "Sleeping through"}));

    OutcomeMeasure followUp = baseline;
    followUp.takenOn = Date(2026, 11, 2);
    followUp.activities = {{"Reading for an hour", 6}, {"Gardening", 2}, {"Sleeping through", 7}};
    try {
        m_plans.addMeasure(followUp);
        FAIL() << "a follow-up that drops a baseline activity cannot be compared";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.problems().front().field, "activities");
        EXPECT_EQ(error.problems().front().rule, "psfs-baseline-activities");
        EXPECT_THAT(error.what(), HasSubstr("Reversing the car"));
    }
    // The same activities (any case), and a new one beside them, compare.
    followUp.activities = {{"reading for an hour", 6}, {"Reversing the car", 5}, {"Sleeping through", 7},
                           {"Gardening", 2}};
    EXPECT_NO_THROW(m_plans.addMeasure(followUp));
}

TEST_F(Plans, FindingsAndPlansCannotBeChangedOrRemovedBehindKnotworksBack)
{
    const ClientId client = addClient({HeadacheType::TensionType});
    signVisit(client, Date(2026, 10, 5), 12);
    m_plans.addPlan(tensionPlan(client));
    EXPECT_THROW(sql("UPDATE note_findings SET headache_days = 0"), std::runtime_error);
    EXPECT_THROW(sql("DELETE FROM note_findings"), std::runtime_error);
    EXPECT_THROW(sql("DELETE FROM treatment_plans"), std::runtime_error);
    EXPECT_EQ(sql("SELECT headache_days FROM note_findings"), "12");
}

TEST_F(Plans, TheTherapistsOwnTemplatesAreKeptBesideTheBuiltInOnes)
{
    PlanTemplate own = m_plans.templateById(-1);
    own.name = "My tension-type plan";
    own.phases[0].visits = 4;
    const TemplateId id = m_plans.saveTemplate(own);
    EXPECT_GT(id, 0);
    const std::vector<PlanTemplate> all = m_plans.templates();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[2].name, "My tension-type plan");
    EXPECT_EQ(all[2].phases[0].visits, 4);
    EXPECT_EQ(m_plans.templateById(-1).phases[0].visits, 6);  // the built-in is unchanged
    EXPECT_THROW(m_plans.removeTemplate(-1, 0), ValidationError);
    m_plans.removeTemplate(id, 1);
    EXPECT_EQ(m_plans.templates().size(), 2u);
}

} // namespace
} // namespace knotwork::db
