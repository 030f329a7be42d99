#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clients/client_service.h"
#include "plans/plan_reminders.h"
#include "plans/plan_store.h"
#include "sessions/session_service.h"

namespace knotwork::plans {

// A client's plan as the chart shows it: the plan, each goal's progress and what it asks for.
struct PlanProgress {
    TreatmentPlan plan;
    std::vector<GoalProgress> goals;
    int visitsInPhase = 0;
    PlanReminders reminders;
};

// An active plan that asks for attention, for the Today view.
struct PlanReminderRow {
    PlanId planId = 0;
    ClientId clientId = 0;
    std::string clientName;
    Date reviewDate{boost::gregorian::not_a_date_time};
    PlanReminders reminders;
    std::vector<std::string> goalsMet;  // the met goals, described
};

// The use cases of plans and measures, the same for the GUI and the CLI.
class PlanService {
public:
    // Reads the time from the client service's clock.
    PlanService(PlanStore& plans, sessions::SessionService& sessions, clients::ClientService& clients);

    // Reading is open to screens and commands; every write goes through the use cases below.
    PlanQueries& records() { return m_plans; }

    // The built-in templates, then the practice's own.
    std::vector<PlanTemplate> templates();
    PlanTemplate templateById(TemplateId id);
    // A built-in is saved as a copy. A name another template has (ignoring case and accents) is
    // refused (field "name", rule "unique"): the New plan list tells templates apart by name.
    TemplateId saveTemplate(const PlanTemplate& planTemplate);
    // Renames one of the practice's own templates (a built-in one: field "template_id", rule
    // "built-in"); the name as saveTemplate takes it. Returns the stored template.
    PlanTemplate renameTemplate(TemplateId id, int rowVersion, const std::string& name);
    // Removes one of the practice's own templates. Plans started from it keep what they copied.
    void removeTemplate(TemplateId id, int rowVersion);

    // The built-in template for the diagnoses on file: cervicogenic when only that is on file,
    // else tension-type.
    TemplateId builtInTemplateFor(ClientId client);
    // A new, unsaved plan for the client from a template, baselines filled from the client's
    // notes, measures and intake. Its focus follows the diagnoses on file when they name one.
    InstantiatedPlan planFromTemplate(ClientId client, TemplateId templateId, const Date& start);

    // Validates, then checks the client is active, the diagnoses on file support the focus
    // (field "focus", rule "diagnosis-on-file": a massage therapist does not diagnose) and no
    // other plan is open. Goals without an id are numbered after the highest.
    PlanId addPlan(TreatmentPlan plan);
    // Saves an edited plan; returns the stored plan.
    TreatmentPlan updatePlan(TreatmentPlan plan);
    TreatmentPlan changeStatus(PlanId id, int rowVersion, PlanStatus status,
                               const std::string& reason);
    // Moves an active plan to its next frequency phase from `on` (the accepted suggestion).
    TreatmentPlan advancePhase(PlanId id, int rowVersion, const Date& on);

    // Validates the answers (rules of plan_validation.h) for an active client, stamps who
    // entered it, stores it. A follow-up PSFS rates every activity of the client's baseline PSFS
    // (field "activities", rule "psfs-baseline-activities"); it may add new ones.
    MeasureId addMeasure(OutcomeMeasure measure);
    // The activities a PSFS taken on `day` compares: the baseline's, in its order; none when it
    // would be the baseline.
    std::vector<std::string> psfsActivities(ClientId client, const Date& day);
    void voidMeasure(MeasureId id, const std::string& reason);
    std::vector<OutcomeMeasure> measures(ClientId client) { return m_plans.measures(client); }

    ProgressData progressData(ClientId client);
    // The same for a caller that holds the client's chart already, without reading it again.
    ProgressData progressData(const clients::ClientChart& chart);
    PlanProgress progress(PlanId id);
    // A plan's progress over data already read (a report reads it once for several uses).
    PlanProgress progressOf(TreatmentPlan plan, const ProgressData& data);
    std::optional<PlanProgress> openPlanProgress(ClientId client);
    // Active plans past review, with goals newly met or a phase ready, oldest review first. A
    // suggested phase left unanswered for four weeks without a review due leaves Today (the
    // Plan tab still shows it).
    std::vector<PlanReminderRow> reminders();

    Date today() const;

private:
    // Validates and stores `plan`, an edit of `stored` (already read by the caller).
    TreatmentPlan save(TreatmentPlan plan, const TreatmentPlan& stored);
    void checkCanTreat(const TreatmentPlan& plan);

    PlanStore& m_plans;
    sessions::SessionService& m_sessions;
    clients::ClientService& m_clients;
};

// "Headache days per month", "Rotation left", "PSFS: lifting a toddler".
std::string describeGoal(const Goal& goal);
// "12 → 6 headache days per month by 1 Mar 2027" is the GUI's; this is the value with its unit:
// "6 days", "4/10", "70°", "20 %", "46".
std::string formatGoalValue(const Goal& goal, double value);

} // namespace knotwork::plans
