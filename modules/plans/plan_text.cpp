#include "plans/plan_text.h"

#include <cmath>

#include "common/i18n.h"
#include "plans/plan_choices.h"
#include "sessions/session_choices.h"
#include "common/number_text.h"

namespace knotwork::plans {

namespace {

// Collects the lines of a section, leaving out empty values.
struct SectionWriter {
    sessions::NoteSection section;

    void line(const char* key, std::string label, std::string value)
    {
        if (!value.empty())
            section.lines.push_back({key, std::move(label), std::move(value), false});
    }
};

std::string statusText(const TreatmentPlan& plan)
{
    return plan.statusReason.empty() ? labelOf(plan.status)
                                     : formatMessage(_("{}: {}"), labelOf(plan.status), plan.statusReason);
}

std::string withNotes(const std::string& list, const std::string& notes)
{
    if (list.empty() || notes.empty())
        return list + notes;
    return list + "; " + notes;
}

std::string responderText(const GoalProgress& progress)
{
    if (!progress.reduction)
        return {};
    const long percent = std::lround(std::abs(*progress.reduction) * 100);
    const std::string change = *progress.reduction >= 0
                                   ? formatMessage(_("{} % fewer days"), percent)
                                   : formatMessage(_("{} % more days"), percent);
    return progress.responder ? formatMessage(_("responder ({})"), change)
                              : formatMessage(_("not yet a responder ({}; 50 % fewer is)"), change);
}

std::string statusText(const GoalProgress& progress, DateFormatter formatDate)
{
    const Goal& goal = progress.goal;
    switch (progress.status) {
    case GoalStatus::Met:
        if (progress.firstMet && progress.metSince && *progress.firstMet != *progress.metSince)
            return formatMessage(_("Met on {}, again since {}"), dateText(*progress.firstMet, formatDate),
                                 dateText(*progress.metSince, formatDate));
        return progress.metSince ? formatMessage(_("Met since {}"), dateText(*progress.metSince, formatDate))
                                 : std::string(_("Met"));
    case GoalStatus::MetLate:
        return formatMessage(_("Met late: reached on {}, target date {}"),
                             dateText(*progress.firstMet, formatDate), dateText(*goal.targetDate, formatDate));
    case GoalStatus::NotMet:
        return goal.targetDate ? formatMessage(_("Not met; target date {}"), dateText(*goal.targetDate, formatDate))
                               : std::string(_("Not met"));
    case GoalStatus::InProgress:
        break;
    }
    return _("In progress");
}

} // namespace

std::vector<sessions::NoteSection> describePlan(const TreatmentPlan& plan,
                                                DateFormatter formatDate)
{
    SectionWriter summary{{"plan", _("Plan"), {}}};
    summary.line("focus", _("Focus"), labelOf(plan.focus));
    summary.line("status", _("Status"), statusText(plan));
    summary.line("start_date", _("Started"), dateText(plan.startDate, formatDate));
    summary.line("review_date", _("Review"), dateText(plan.reviewDate, formatDate));
    summary.line("phases", _("Frequency"), describePhases(plan.phases));

    SectionWriter treatment{{"treatment", _("Treatment"), {}}};
    treatment.line("target_muscles", _("Target muscles"), labelList(plan.targetMuscles));
    treatment.line("regions", _("Regions"), labelList(plan.regions));
    treatment.line("techniques", _("Techniques"), labelList(plan.techniques));
    treatment.line("home_programme", _("Home programme"),
                   withNotes(labelList(plan.homeProgramme), plan.homeProgrammeNotes));
    treatment.line("precautions", _("Precautions"), plan.precautions);
    return {summary.section, treatment.section};
}

std::string phaseLine(const PlanProgress& progress, DateFormatter formatDate)
{
    const TreatmentPlan& plan = progress.plan;
    const FrequencyPhase* phase = plan.phase();
    if (!phase)
        return {};
    return formatMessage(P_("Phase {} of {}: {} · {} visit since {}", "Phase {} of {}: {} · {} visits since {}",
                            progress.visitsInPhase),
                         plan.currentPhase + 1, plan.phases.size(), describePhase(*phase), progress.visitsInPhase,
                         dateText(plan.phaseStartedOn, formatDate));
}

GoalRow describeGoalProgress(const GoalProgress& progress, DateFormatter formatDate)
{
    const Goal& goal = progress.goal;
    GoalRow row;
    row.goal = describeGoal(goal);
    row.baseline = formatGoalValue(goal, goal.baseline);
    row.latest = progress.latest
                     ? formatMessage(_("{} ({})"), formatGoalValue(goal, progress.latest->value),
                                     dateText(progress.latest->date, formatDate))
                     : "\u2014";
    if (progress.latest && progress.unchanged)
        row.change = formatMessage(_("{}, no change"), formatGoalValue(goal, progress.latest->value));
    else
        row.change = formatMessage(_("{} → {}"), roundedNumberText(goal.baseline),
                                   progress.latest ? formatGoalValue(goal, progress.latest->value) : "\u2014");
    row.target = goal.targetDate
                     ? formatMessage(_("{} by {}"), formatGoalValue(goal, goal.target),
                                     dateText(*goal.targetDate, formatDate))
                     : formatGoalValue(goal, goal.target);
    row.way = progress.fractionOfWay
                  ? formatMessage(_("{} %"), std::lround(*progress.fractionOfWay * 100))
                  : "\u2014";
    row.trend = labelOf(progress.trend);
    row.responder = responderText(progress);
    row.status = statusText(progress, formatDate);
    row.met = progress.met;
    row.notMet = progress.status == GoalStatus::NotMet;
    row.unchanged = progress.latest && progress.unchanged;
    return row;
}

std::string goalSentence(const GoalRow& row)
{
    std::string sentence;
    if (row.latest == "\u2014")
        sentence = formatMessage(_("{}: {} at the start, nothing recorded since; target {}."), row.goal,
                                 row.baseline, row.target);
    else if (row.met)
        sentence = formatMessage(_("{}: {} at the start, {} now; target {}. {}."), row.goal, row.baseline,
                                 row.latest, row.target, row.status);
    else if (row.unchanged)
        sentence = formatMessage(_("{}: {} at the start, {} now, no change; target {}; trend: {}."), row.goal,
                                 row.baseline, row.latest, row.target, row.trend);
    else
        sentence = formatMessage(_("{}: {} at the start, {} now, {} of the way to {}; trend: {}."), row.goal,
                                 row.baseline, row.latest, row.way, row.target, row.trend);
    if (row.notMet)
        sentence.append(" ").append(formatMessage(_("{}."), row.status));
    if (!row.responder.empty())
        sentence.append(" ").append(formatMessage(_("Headache days: {}."), row.responder));
    return sentence;
}

std::vector<std::string> describeReminders(const PlanProgress& progress,
                                           DateFormatter formatDate)
{
    const TreatmentPlan& plan = progress.plan;
    const PlanReminders& reminders = progress.reminders;
    std::vector<std::string> lines;
    if (reminders.reviewDue)
        lines.push_back(formatMessage(_("The plan was due for review on {}."),
                                      dateText(plan.reviewDate, formatDate)));
    if (reminders.suggestedPhase)
        lines.push_back(formatMessage(_("Every goal of this phase is met: suggest moving to {}."),
                                      describePhase(plan.phases[*reminders.suggestedPhase])));
    if (reminders.phaseVisitsDone)
        lines.push_back(_("This phase's visits are done but not all its goals are met: review the "
                          "plan with the client."));
    for (int goalId : reminders.goalsMet)
        if (const Goal* goal = plan.goal(goalId))
            lines.push_back(formatMessage(_("Goal met: {}."), describeGoal(*goal)));
    return lines;
}

} // namespace knotwork::plans
