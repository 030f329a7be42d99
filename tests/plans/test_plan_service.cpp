// PlanService's rules over in-memory stores (support/in_memory_practice.h): plans need a
// diagnosis on file, one open plan per client, stale edits change nothing, progress from signed
// notes and measures, reminders and phases, measures stamped and voided once, the PSFS baseline's
// activities, the therapist's own templates. What the SQL plan store writes (the whole plan, the
// audit trail, the score, the database's refusals) is tested in tests/db/test_plan_service.cpp.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/error.h"
#include "plans/plan_service.h"
#include "support/diagnosed_client.h"
#include "support/in_memory_practice.h"
#include "support/refusal.h"
#include "support/sample_measure.h"
#include "support/signed_visit.h"
#include "support/therapist_settings.h"

namespace knotwork::plans {
namespace {

using clients::ClientId;
using clients::HeadacheType;
using knotwork::testing::ndi;
using knotwork::testing::refusal;
using ::testing::HasSubstr;

const Date kToday(2026, 11, 24);

class Plans : public ::testing::Test {
protected:
    Plans()
        : m_practice(Clock::stoppedOn(kToday), "Maya"),
          m_clients(m_practice.clientService),
          m_plans(m_practice.planService)
    {
        knotwork::testing::setTherapist(m_clients);
    }

    ClientId addClient(const std::vector<HeadacheType>& diagnosed)
    {
        return knotwork::testing::diagnosedClient(m_clients, diagnosed);
    }

    sessions::NoteId signVisit(ClientId client, const Date& visit, int headacheDays, int rotation = 60,
                               int cfrtRight = 26)
    {
        return knotwork::testing::signVisit(m_practice.sessionService, client, visit, headacheDays, rotation,
                                            cfrtRight);
    }

    TreatmentPlan tensionPlan(ClientId client, const Date& start = Date(2026, 10, 5))
    {
        return m_plans.planFromTemplate(client, -1, start).plan;
    }

    knotwork::testing::InMemoryPractice m_practice;
    clients::ClientService& m_clients;
    PlanService& m_plans;
};

TEST_F(Plans, APlanNeedsTheProvidersDiagnosisOnFile)
{
    const ClientId undiagnosed = addClient({});
    TreatmentPlan plan = tensionPlan(undiagnosed);
    const std::optional<ValidationError> undiagnosedPlan = refusal([&] { m_plans.addPlan(plan); });
    ASSERT_TRUE(undiagnosedPlan) << "planned treatment without a diagnosis on file";
    EXPECT_EQ(undiagnosedPlan->problems().front().field, "focus");
    EXPECT_EQ(undiagnosedPlan->problems().front().rule, "diagnosis-on-file");
    EXPECT_THAT(undiagnosedPlan->what(), HasSubstr("does not diagnose"));
    const ClientId cervicogenicOnly = addClient({HeadacheType::Cervicogenic});
    plan = tensionPlan(cervicogenicOnly);
    EXPECT_EQ(plan.focus, PlanFocus::Cervicogenic);  // the template's focus follows the file
    EXPECT_GT(m_plans.addPlan(plan), 0);
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
    TreatmentPlan plan = m_plans.records().plan(id);
    plan.precautions = "First edit";
    m_plans.updatePlan(plan);
    plan.precautions = "Second edit from an old copy";
    EXPECT_THROW(m_plans.updatePlan(plan), ConflictError);
    EXPECT_EQ(m_plans.records().plan(id).precautions, "First edit");
}

TEST_F(Plans, DiscontinuingNeedsAReason)
{
    const ClientId client = addClient({HeadacheType::TensionType});
    const PlanId id = m_plans.addPlan(tensionPlan(client));
    EXPECT_THROW(m_plans.changeStatus(id, 1, PlanStatus::Discontinued, ""), ValidationError);
    EXPECT_EQ(m_plans.changeStatus(id, 1, PlanStatus::Discontinued, "Moved away").status,
              PlanStatus::Discontinued);
}

// The discharge summary's end date: the day the status changed, kept through later edits.
TEST_F(Plans, ThePlanKeepsTheDayItsStatusChanged)
{
    const ClientId client = addClient({HeadacheType::TensionType});
    const PlanId id = m_plans.addPlan(tensionPlan(client));
    EXPECT_FALSE(m_plans.records().plan(id).statusChangedOn);
    TreatmentPlan closed = m_plans.changeStatus(id, 1, PlanStatus::Completed, "Goals met");
    EXPECT_EQ(closed.statusChangedOn, kToday);
    closed.statusChangedOn.reset();  // an editor that does not carry it
    closed.precautions = "Edited after the plan ended";
    EXPECT_EQ(m_plans.updatePlan(closed).statusChangedOn, kToday);
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

TEST_F(Plans, AMeasureIsStoredWithWhoEnteredIt)
{
    const ClientId client = addClient({HeadacheType::Cervicogenic});
    const MeasureId id = m_plans.addMeasure(ndi(client, Date(2026, 11, 2)));
    const std::vector<OutcomeMeasure> measures = m_plans.measures(client);
    ASSERT_EQ(measures.size(), 1u);
    EXPECT_EQ(measures[0].id, id);
    EXPECT_EQ(measures[0].answers, ndi(client, Date(2026, 11, 2)).answers);
    EXPECT_EQ(measures[0].enteredBy, "Maya Lindqvist, RMT");
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
    const std::optional<ValidationError> dropped = refusal([&] { m_plans.addMeasure(followUp); });
    ASSERT_TRUE(dropped) << "a follow-up that drops a baseline activity cannot be compared";
    EXPECT_EQ(dropped->problems().front().field, "activities");
    EXPECT_EQ(dropped->problems().front().rule, "psfs-baseline-activities");
    EXPECT_THAT(dropped->what(), HasSubstr("Reversing the car"));
    // The same activities (any case), and a new one beside them, compare.
    followUp.activities = {{"reading for an hour", 6}, {"Reversing the car", 5}, {"Sleeping through", 7},
                           {"Gardening", 2}};
    EXPECT_NO_THROW(m_plans.addMeasure(followUp));
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

TEST_F(Plans, OwnTemplatesAreRenamedUnderANameNoOtherTemplateHas)
{
    PlanTemplate own = m_plans.templateById(-1);
    own.name = "Desk workers";
    const TemplateId desk = m_plans.saveTemplate(own);
    own.name = "Drivers";
    const TemplateId drivers = m_plans.saveTemplate(own);

    const PlanTemplate renamed = m_plans.renameTemplate(desk, 1, "Desk workers, tension-type");
    EXPECT_EQ(renamed.name, "Desk workers, tension-type");
    EXPECT_EQ(renamed.rowVersion, 2);
    EXPECT_EQ(renamed.phases, m_plans.templateById(-1).phases);  // only the name changed
    EXPECT_EQ(m_plans.templateById(desk).name, "Desk workers, tension-type");

    // Another template's name, whatever its case or accents, built-in or own, is refused.
    for (const char* taken : {"drivers", "TENSION-TYPE HEADACHE", "Cervicogénic headache"}) {
        const std::optional<ValidationError> clash = refusal([&] { m_plans.renameTemplate(desk, 2, taken); });
        ASSERT_TRUE(clash) << taken;
        EXPECT_EQ(clash->problems().front().field, "name");
        EXPECT_EQ(clash->problems().front().rule, "unique");
        EXPECT_THAT(clash->what(), HasSubstr("already a template called"));
    }
    const std::optional<ValidationError> empty = refusal([&] { m_plans.renameTemplate(drivers, 1, ""); });
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty->problems().front().field, "name");
    // Its own name again (in another case) is no clash.
    EXPECT_EQ(m_plans.renameTemplate(drivers, 1, "DRIVERS").name, "DRIVERS");
    EXPECT_THROW(m_plans.renameTemplate(drivers, 1, "Long-haul drivers"), ConflictError);  // stale

    const std::optional<ValidationError> builtIn = refusal([&] { m_plans.renameTemplate(-1, 0, "Mine"); });
    ASSERT_TRUE(builtIn);
    EXPECT_EQ(builtIn->problems().front().rule, "built-in");
    EXPECT_EQ(m_plans.templateById(-1).name, "Tension-type headache");
}

TEST_F(Plans, ANewTemplateTakesANameNoOtherTemplateHas)
{
    PlanTemplate copy = m_plans.templateById(-1);  // kept under the built-in's own name
    const std::optional<ValidationError> clash = refusal([&] { m_plans.saveTemplate(copy); });
    ASSERT_TRUE(clash);
    EXPECT_EQ(clash->problems().front().field, "name");
    EXPECT_EQ(m_plans.templates().size(), 2u);
}

TEST_F(Plans, DeletingATemplateLeavesThePlansStartedFromIt)
{
    PlanTemplate own = m_plans.templateById(-1);
    own.name = "Desk workers";
    own.phases[0].visits = 4;
    const TemplateId id = m_plans.saveTemplate(own);
    const ClientId client = addClient({HeadacheType::TensionType});
    const PlanId planId = m_plans.addPlan(m_plans.planFromTemplate(client, id, Date(2026, 10, 5)).plan);
    const TreatmentPlan before = m_plans.records().plan(planId);

    EXPECT_THROW(m_plans.removeTemplate(id, 2), ConflictError);  // changed meanwhile
    m_plans.removeTemplate(id, 1);
    EXPECT_THROW(m_plans.templateById(id), NotFoundError);
    const TreatmentPlan after = m_plans.records().plan(planId);
    EXPECT_EQ(after.phases, before.phases);
    EXPECT_EQ(after.phases[0].visits, 4);
    EXPECT_EQ(after.goals, before.goals);
    EXPECT_EQ(after.templateId, id);  // where it came from stays on record
    EXPECT_EQ(m_plans.progress(planId).plan.goals.size(), before.goals.size());

    const std::optional<ValidationError> builtIn = refusal([&] { m_plans.removeTemplate(-2, 0); });
    ASSERT_TRUE(builtIn);
    EXPECT_EQ(builtIn->problems().front().rule, "built-in");
    EXPECT_EQ(m_plans.templates().size(), 2u);
}

} // namespace
} // namespace knotwork::plans
