// The therapist's assessment and plan of an open plan, or the discharge summary of one completed
// or discontinued: what the recipient acts on.
#include "common/i18n.h"
#include "common/locale_date.h"
#include "plans/plan_choices.h"
#include "plans/plan_text.h"
#include "reports/progress_sections.h"
#include "sessions/session_choices.h"

namespace knotwork::reports {

using sharing::ProgressReportData;

namespace {

// "5 of 6 goals met (1 after its target date)", and the therapist's comment on a line of its own.
std::string goalsText(const plans::PlanProgress& plan, const std::string& comment)
{
    const std::string met = sharing::goalsMetText(plan);
    return met.empty() || comment.empty() ? met + comment : met + "\n" + comment;
}

void writeRecommendationsAndQuestions(DocumentWriter& writer, const ProgressReportData& data)
{
    if (!data.recommendations.empty()) {
        writer.paragraph(_("Recommendations"), writer.style().body(true));
        writer.paragraph(data.recommendations);
    }
    if (!data.questions.empty()) {
        writer.paragraph(_("Questions for you"), writer.style().body(true));
        writer.paragraph(data.questions);
    }
}

// "Headache days per month: 12 → 5 days, target 6 days by 8 Mar 2027: Met late: reached on …".
std::vector<std::string> finalOutcomes(const plans::PlanProgress& plan, const Date& end)
{
    std::vector<std::string> lines;
    for (plans::GoalProgress goal : plan.goals) {
        goal.status = plans::statusOn(goal, end, plan.plan.status);
        const plans::GoalRow row = plans::describeGoalProgress(goal, &mediumDate);
        lines.push_back(formatMessage(_("{}: {}, target {}: {}"), row.goal, row.change, row.target, row.status));
    }
    return lines;
}

void writeDischargeSummary(DocumentWriter& writer, const ProgressReportData& data, const sharing::Discharge& discharge)
{
    const plans::PlanProgress& plan = *data.plan;
    const sharing::AssessmentBlock& words = data.assessment;
    writer.heading(_("Discharge summary"));
    writer.fields({
        {_("Plan"), formatMessage(_("{}, {} to {}"), labelOf(plan.plan.focus), mediumDate(plan.plan.startDate),
                                  mediumDate(discharge.endedOn))},
        {discharge.status == plans::PlanStatus::Completed ? _("Completed on") : _("Discontinued on"),
         mediumDate(discharge.endedOn)},
        {_("Reason"), discharge.reason.empty() ? std::string(_("Not recorded")) : discharge.reason},
        {_("Progress"), words.progress},
        {_("Goals"), goalsText(plan, words.goalsComment)},
        {_("Why care ends"), words.reason},
        {_("After discharge"), words.goalsOrCriteria},
    });
    if (!plan.goals.empty()) {
        writer.paragraph(_("Final outcomes against the goals"), writer.style().body(true));
        writer.bullets(finalOutcomes(plan, discharge.endedOn));
    }
    writer.paragraph(_("The home programme to keep"), writer.style().body(true));
    std::vector<std::string> programme;
    for (const sessions::HomeCare item : discharge.homeProgramme)
        programme.push_back(labelOf(item));
    programme.insert(programme.end(), discharge.homeProgrammeWords.begin(), discharge.homeProgrammeWords.end());
    if (programme.empty())
        writer.paragraph(_("No home programme was given."));
    writer.bullets(programme);
    writeRecommendationsAndQuestions(writer, data);
}

} // namespace

void writeAssessment(DocumentWriter& writer, const ProgressReportData& data)
{
    if (data.discharge) {
        writeDischargeSummary(writer, data, *data.discharge);
        return;
    }
    const sharing::AssessmentBlock& words = data.assessment;
    writer.heading(_("Assessment and plan"));
    std::vector<Field> fields{{_("Progress"), words.progress}};
    fields.push_back({_("Goals"), data.plan ? goalsText(*data.plan, words.goalsComment) : words.goalsComment});
    fields.push_back({_("New goals or end-of-care criteria"), words.goalsOrCriteria});
    fields.push_back({_("Why care continues"), words.reason});
    if (data.plan) {
        const plans::TreatmentPlan& plan = data.plan->plan;
        fields.push_back({_("Plan"), formatMessage(_("{}, {} since {}"), labelOf(plan.focus), labelOf(plan.status),
                                                   mediumDate(plan.startDate))});
        fields.push_back({_("Current phase"), plans::phaseLine(*data.plan, &mediumDate)});
        fields.push_back({_("Next review"), mediumDate(plan.reviewDate)});
        fields.push_back({_("Precautions"), plan.precautions});
        fields.push_back({_("Home programme planned"), data.planHomeProgrammeNotes});
        fields.push_back({_("Status reason"), plan.statusReason});
    }
    writer.fields(fields);
    if (data.plan)
        writer.bullets(plans::describeReminders(*data.plan, &mediumDate));
    else
        writer.paragraph(_("No treatment plan is on file for this period."));
    writeRecommendationsAndQuestions(writer, data);
}

} // namespace knotwork::reports
