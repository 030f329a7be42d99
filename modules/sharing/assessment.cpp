#include "sharing/assessment.h"

#include <algorithm>

#include "common/error.h"
#include "common/i18n.h"
#include "common/locale_date.h"

namespace knotwork::sharing {

namespace {

bool blank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

std::string goalsMetText(const plans::PlanProgress& plan)
{
    if (plan.goals.empty())
        return {};
    const auto met = std::ranges::count_if(plan.goals, &plans::GoalProgress::met);
    const auto late = std::ranges::count_if(
        plan.goals, [](const plans::GoalProgress& goal) { return plans::statusOf(goal, std::nullopt) == plans::GoalStatus::MetLate; });
    std::string text = formatMessage(P_("{} of {} goal met", "{} of {} goals met", plan.goals.size()), met,
                                     plan.goals.size());
    if (late > 0)
        text += formatMessage(P_(" ({} after its target date)", " ({} after their target dates)", late), late);
    return text;
}

bool everyGoalMetWhileVisitsContinue(const std::optional<plans::PlanProgress>& plan)
{
    return plan && plan->plan.status == plans::PlanStatus::Active && !plan->goals.empty()
           && std::ranges::all_of(plan->goals, &plans::GoalProgress::met);
}

void validateAssessment(const AssessmentBlock& block, const std::optional<plans::PlanProgress>& plan)
{
    if (blank(block.progress))
        throw ValidationError("progress", "required",
                              _("Progress in words: required. Say in a sentence or two how the client has "
                                "progressed; the suggestions from the data can be inserted."));
    if (everyGoalMetWhileVisitsContinue(plan) && blank(block.goalsOrCriteria) && blank(block.reason))
        throw ValidationError("goals_or_criteria", "all-goals-met",
                              _("New goals or end-of-care criteria: every goal of the plan is met and visits "
                                "continue. Set new goals or the criteria for ending care, or give the reason "
                                "care continues."));
    if (plan && plan->plan.open() && blank(block.reason))
        throw ValidationError("reason", "required-while-open",
                              _("Reason care continues: required while the plan is active or on hold. Say why "
                                "the client still needs care."));
}

void validateAssessmentText(const AssessmentBlock& block, Validator& validator)
{
    constexpr std::size_t kReportText = 4000;
    validator.multiLine(block.progress, kReportText, "progress", _("Progress in words"));
    validator.multiLine(block.goalsComment, kReportText, "goals_comment", _("Goals met and not met"));
    validator.multiLine(block.goalsOrCriteria, kReportText, "goals_or_criteria", _("New goals or end-of-care criteria"));
    validator.multiLine(block.reason, kReportText, "reason", _("Reason care continues or ends"));
}

Date planEndDate(const plans::TreatmentPlan& plan, const Date& today)
{
    Date ended = plan.statusChangedOn ? *plan.statusChangedOn
                 : plan.updatedAt     ? plan.updatedAt->local().date()
                                      : today;
    return std::min(ended, today);
}

std::optional<Discharge> dischargeOf(const std::optional<plans::PlanProgress>& plan,
                                     const std::string& planHomeProgrammeWords,
                                     const std::vector<sessions::SoapNote>& notes, const Date& today)
{
    if (!plan || plan->plan.open())
        return std::nullopt;
    Discharge discharge;
    discharge.endedOn = planEndDate(plan->plan, today);
    discharge.status = plan->plan.status;
    discharge.reason = plan->plan.statusReason;
    discharge.homeProgramme = plan->plan.homeProgramme;
    if (!blank(planHomeProgrammeWords))
        discharge.homeProgrammeWords.push_back(planHomeProgrammeWords);
    const auto last = std::ranges::find_if(notes.rbegin(), notes.rend(), [](const sessions::SoapNote& note) {
        return !note.plan.homeCare.empty() || !blank(note.plan.homeCareNotes);
    });
    if (last != notes.rend()) {
        discharge.homeProgramme.insert(last->plan.homeCare.begin(), last->plan.homeCare.end());
        if (!blank(last->plan.homeCareNotes))
            discharge.homeProgrammeWords.push_back(
                formatMessage(_("{} (the last home care given, {})"), last->plan.homeCareNotes, mediumDate(last->visitDate)));
    }
    return discharge;
}

} // namespace knotwork::sharing
