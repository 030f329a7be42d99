#include "plans/plan_service.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "common/error.h"
#include "common/i18n.h"
#include "common/text_folding.h"
#include "common/validator.h"
#include "plans/plan_choices.h"
#include "plans/plan_validation.h"
#include "plans/psfs_comparison.h"
#include "sessions/session_choices.h"
#include "common/number_text.h"

namespace knotwork::plans {

PlanService::PlanService(PlanStore& plans, sessions::SessionService& sessions,
                         clients::ClientService& clients)
    : m_plans(plans), m_sessions(sessions), m_clients(clients)
{
}

Date PlanService::today() const
{
    return m_clients.today();
}

std::vector<PlanTemplate> PlanService::templates()
{
    std::vector<PlanTemplate> all = builtInTemplates();
    for (PlanTemplate& own : m_plans.templates())
        all.push_back(std::move(own));
    return all;
}

PlanTemplate PlanService::templateById(TemplateId id)
{
    for (PlanTemplate& candidate : templates())
        if (candidate.id == id)
            return candidate;
    throw NotFoundError(formatMessage(_("There is no plan template {}."), id));
}

namespace {

void checkNameIsFree(const PlanTemplate& planTemplate, const std::vector<PlanTemplate>& all)
{
    const std::string name = foldForSearch(planTemplate.name);
    for (const PlanTemplate& other : all)
        if (other.id != planTemplate.id && foldForSearch(other.name) == name)
            throw ValidationError("name", "unique",
                                  formatMessage(_("Name: there is already a template called \u201c{}\u201d; "
                                                  "choose another name."),
                                                other.name));
}

void refuseBuiltIn(TemplateId id, const std::string& message)
{
    if (id < 0)
        throw ValidationError("template_id", "built-in", message);
}

} // namespace

TemplateId PlanService::saveTemplate(const PlanTemplate& planTemplate)
{
    PlanTemplate toSave = planTemplate;
    if (toSave.builtIn())
        toSave.id = 0;  // kept as the therapist's own copy
    validateTemplate(toSave);
    checkNameIsFree(toSave, templates());
    if (toSave.id > 0) {
        m_plans.updateTemplate(toSave);
        return toSave.id;
    }
    return m_plans.addTemplate(toSave);
}

PlanTemplate PlanService::renameTemplate(TemplateId id, int rowVersion, const std::string& name)
{
    refuseBuiltIn(id, _("The built-in templates cannot be renamed: save a copy under your own name."));
    PlanTemplate renamed = templateById(id);
    renamed.name = name;
    renamed.rowVersion = rowVersion;
    saveTemplate(renamed);
    return templateById(id);
}

void PlanService::removeTemplate(TemplateId id, int rowVersion)
{
    refuseBuiltIn(id, _("The built-in templates cannot be removed."));
    m_plans.removeTemplate(id, rowVersion);
}

TemplateId PlanService::builtInTemplateFor(ClientId client)
{
    const auto focus = focusFromDiagnoses(m_clients.clients().chart(client).diagnoses);
    return focus == PlanFocus::Cervicogenic ? builtInTemplates()[1].id : builtInTemplates()[0].id;
}

InstantiatedPlan PlanService::planFromTemplate(ClientId client, TemplateId templateId,
                                               const Date& start)
{
    const clients::ClientChart chart = m_clients.clients().chart(client);
    const clients::HeadacheProfile& history = chart.intake.headache;
    const IntakeBaselines known{history.headacheDaysPerMonth, history.usualIntensity,
                                clients::ageOn(chart.client, start), m_clients.settings().cfrtCutoff};
    InstantiatedPlan result = instantiate(templateById(templateId), client, start, progressData(client), known);
    if (const auto focus = focusFromDiagnoses(chart.diagnoses))
        result.plan.focus = *focus;
    return result;
}

void PlanService::checkCanTreat(const TreatmentPlan& plan)
{
    const clients::ClientChart chart = m_clients.clients().chart(plan.clientId);
    if (chart.client.archived)
        throw ValidationError("client_id", "archived",
                              _("The client is archived: restore the client before planning "
                                "treatment."));
    if (!diagnosesSupport(plan.focus, chart.diagnoses))
        throw ValidationError(
            "focus", "diagnosis-on-file",
            formatMessage(_("Focus: no provider's diagnosis of {} is on file. Record the "
                            "diagnosis in the client's intake first; a massage therapist does "
                            "not diagnose."),
                          labelOf(plan.focus)));
}

namespace {

void numberNewGoals(TreatmentPlan& plan)
{
    int highest = 0;
    for (const Goal& goal : plan.goals)
        highest = std::max(highest, goal.id);
    for (Goal& goal : plan.goals)
        if (goal.id == 0)
            goal.id = ++highest;
}

} // namespace

PlanId PlanService::addPlan(TreatmentPlan plan)
{
    if (plan.phaseStartedOn.is_special())
        plan.phaseStartedOn = plan.startDate;
    numberNewGoals(plan);
    validatePlan(plan, today());
    checkCanTreat(plan);
    return m_plans.addPlan(plan);
}

TreatmentPlan PlanService::updatePlan(TreatmentPlan plan)
{
    const TreatmentPlan stored = m_plans.plan(plan.id);
    return save(std::move(plan), stored);
}

TreatmentPlan PlanService::save(TreatmentPlan plan, const TreatmentPlan& stored)
{
    numberNewGoals(plan);
    validatePlan(plan, today());
    if (stored.clientId != plan.clientId)
        throw ValidationError("client_id", "fixed", _("A plan stays with its client."));
    if (plan.focus != stored.focus)
        checkCanTreat(plan);
    if (plan.status != stored.status)
        plan.statusChangedOn = today();
    else if (!plan.statusChangedOn)
        plan.statusChangedOn = stored.statusChangedOn;
    m_plans.updatePlan(plan);
    return m_plans.plan(plan.id);
}

TreatmentPlan PlanService::changeStatus(PlanId id, int rowVersion, PlanStatus status,
                                        const std::string& reason)
{
    const TreatmentPlan stored = m_plans.plan(id);
    TreatmentPlan plan = stored;
    plan.rowVersion = rowVersion;
    plan.status = status;
    plan.statusReason = reason;
    return save(std::move(plan), stored);
}

TreatmentPlan PlanService::advancePhase(PlanId id, int rowVersion, const Date& on)
{
    const TreatmentPlan stored = m_plans.plan(id);
    TreatmentPlan plan = stored;
    if (plan.status != PlanStatus::Active)
        throw ValidationError("status", "active", _("Only an active plan moves to its next phase."));
    if (plan.currentPhase + 1 >= static_cast<int>(plan.phases.size()))
        throw ValidationError("current_phase", "last-phase",
                              _("The plan is already in its last phase."));
    if (on < plan.phaseStartedOn)
        throw ValidationError("phase_started_on", "after-phase",
                              _("Date: the next phase cannot start before the current one."));
    plan.rowVersion = rowVersion;
    ++plan.currentPhase;
    plan.phaseStartedOn = on;
    return save(std::move(plan), stored);
}

MeasureId PlanService::addMeasure(OutcomeMeasure measure)
{
    validateMeasure(measure, today());
    if (m_clients.clients().chart(measure.clientId).client.archived)
        throw ValidationError("client_id", "archived",
                              _("The client is archived: restore the client before recording a "
                                "measure."));
    if (measure.kind == MeasureKind::Psfs)
        if (const auto baseline = psfsBaseline(m_plans.measures(measure.clientId), measure.takenOn)) {
            std::string missing;
            for (const std::string& activity : missingBaselineActivities(*baseline, measure))
                missing += (missing.empty() ? "\u201c" : ", \u201c") + activity + "\u201d";
            if (!missing.empty())
                throw ValidationError(
                    "activities", "psfs-baseline-activities",
                    formatMessage(_("Activities: a follow-up PSFS rates the activities of the "
                                    "baseline of {} so the two compare; not rated: {}."),
                                  isoDate(baseline->takenOn), missing));
        }
    measure.enteredAt = m_clients.clock().now();
    measure.enteredBy = m_sessions.signer();
    return m_plans.addMeasure(measure);
}

std::vector<std::string> PlanService::psfsActivities(ClientId client, const Date& day)
{
    std::vector<std::string> names;
    if (const auto baseline = psfsBaseline(m_plans.measures(client), day))
        for (const ActivityRating& activity : baseline->activities)
            names.push_back(activity.activity);
    return names;
}

void PlanService::voidMeasure(MeasureId id, const std::string& reason)
{
    Validator check;
    check.required(reason, "void_reason", _("Reason"));
    check.multiLine(reason, 2000, "void_reason", _("Reason"));
    check.throwIfAny();
    m_plans.voidMeasure(id, m_clients.clock().now(), reason);
}

namespace {

std::vector<OutcomeMeasure> notVoided(std::vector<OutcomeMeasure> measures)
{
    std::erase_if(measures, [](const OutcomeMeasure& measure) { return measure.voided(); });
    return measures;
}

} // namespace

ProgressData PlanService::progressData(ClientId client)
{
    return progressData(m_clients.clients().chart(client));
}

ProgressData PlanService::progressData(const clients::ClientChart& chart)
{
    ProgressData data;
    data.visits = m_sessions.notes().findings(chart.client.id);
    data.measures = notVoided(m_plans.measures(chart.client.id));
    data.acuteMedications = chart.intake.headache.acuteMedications;
    data.thresholds.romDegrees = m_clients.settings().romMeaningfulChange;
    return data;
}

PlanProgress PlanService::progressOf(TreatmentPlan plan, const ProgressData& data)
{
    PlanProgress progress;
    progress.plan = std::move(plan);
    progress.goals = plans::progressOf(progress.plan, data, today());
    progress.visitsInPhase = visitsInPhase(progress.plan, data);
    progress.reminders = remindersOf(progress.plan, progress.goals, progress.visitsInPhase, today());
    return progress;
}

PlanProgress PlanService::progress(PlanId id)
{
    TreatmentPlan plan = m_plans.plan(id);
    const ProgressData data = progressData(plan.clientId);
    return progressOf(std::move(plan), data);
}

std::optional<PlanProgress> PlanService::openPlanProgress(ClientId client)
{
    std::optional<TreatmentPlan> plan = m_plans.openPlan(client);
    if (!plan)
        return std::nullopt;
    return progressOf(std::move(*plan), progressData(client));
}

std::vector<PlanReminderRow> PlanService::reminders()
{
    const Date day = today();
    std::vector<OpenPlan> toLookAt = m_plans.plansToLookAt(day, day - boost::gregorian::days(kGoalMetNewsDays));
    std::vector<ClientId> clients;
    for (const OpenPlan& open : toLookAt)
        clients.push_back(open.plan.clientId);
    // Whether and since when a goal is met rests on the visits and measures alone, read for all
    // the plans at once: the clients' charts (the intake's medications) and the practice's
    // thresholds (a trend's) are not read.
    std::map<ClientId, std::vector<sessions::VisitFindings>> visits = m_sessions.notes().findingsOfClients(clients);
    std::map<ClientId, std::vector<OutcomeMeasure>> measures = m_plans.measuresOfClients(clients);
    std::vector<PlanReminderRow> rows;
    for (OpenPlan& open : toLookAt) {
        const ClientId client = open.plan.clientId;
        ProgressData data;
        data.visits = std::move(visits[client]);
        data.measures = notVoided(std::move(measures[client]));
        const PlanProgress progress = progressOf(std::move(open.plan), data);
        if (!progress.reminders.any())
            continue;
        PlanReminderRow row;
        row.planId = progress.plan.id;
        row.clientId = client;
        row.clientName = std::move(open.clientName);
        row.reviewDate = progress.plan.reviewDate;
        row.reminders = progress.reminders;
        for (int goalId : progress.reminders.goalsMet)
            if (const Goal* goal = progress.plan.goal(goalId))
                row.goalsMet.push_back(describeGoal(*goal));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string describeGoal(const Goal& goal)
{
    switch (goal.metric) {
    case GoalMetric::HeadacheDaysPerMonth:
        return _("Headache days per month");
    case GoalMetric::AverageIntensity:
        return _("Average headache intensity");
    case GoalMetric::Rom:
        return goal.direction ? formatMessage(_("ROM: {}"), labelOf(*goal.direction))
                              : std::string(_("Neck range of motion"));
    case GoalMetric::NdiPercent:
        return _("Neck Disability Index");
    case GoalMetric::HdiTotal:
        return _("Headache Disability Index");
    case GoalMetric::Nprs:
        return _("Neck pain (NPRS)");
    case GoalMetric::PsfsActivity:
        return formatMessage(_("PSFS: {}"), goal.activity);
    case GoalMetric::FunctionalRating:
        return goal.activity;
    case GoalMetric::Cfrt:
        return goal.direction == sessions::RomDirection::RotationLeft ? _("Flexion-rotation test, left")
               : goal.direction == sessions::RomDirection::RotationRight ? _("Flexion-rotation test, right")
                                                                          : _("Flexion-rotation test");
    }
    return {};
}

std::string formatGoalValue(const Goal& goal, double value)
{
    const std::string number = roundedNumberText(value);
    switch (goal.metric) {
    case GoalMetric::HeadacheDaysPerMonth:
        return formatMessage(_("{} days"), number);
    case GoalMetric::Rom:
    case GoalMetric::Cfrt:
        return formatMessage(_("{}°"), number);
    case GoalMetric::NdiPercent:
        return formatMessage(_("{} %"), number);
    case GoalMetric::HdiTotal:
        return number;
    default:
        return formatMessage(_("{}/10"), number);
    }
}

} // namespace knotwork::plans
