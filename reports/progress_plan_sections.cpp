// The forward-looking part of the progress report (home programme, plan, recommendations).
#include "clients/client_choices.h"
#include "common/i18n.h"
#include "common/locale_date.h"
#include "plans/plan_choices.h"
#include "plans/plan_text.h"
#include "reports/progress_sections.h"

#include "sessions/session_choices.h"

namespace knotwork::reports {

using sharing::ProgressReportData;

namespace {

// "4 May 2026" for one visit, "4 May to 1 Jun 2026 (3 visits)" for several.
std::string visitsText(const sharing::HomeCareWords& words)
{
    if (words.visits == 1)
        return mediumDate(words.first);
    return formatMessage(_("{} to {} ({} visits)"), mediumDate(words.first), mediumDate(words.last), words.visits);
}

} // namespace

// Only what the signed notes of the period gave: the items chosen and the therapist's words.
// The plan's home programme is what was planned, not given: it is not listed here.
void writeHomeProgramme(DocumentWriter& writer, const ProgressReportData&, const sharing::TreatmentSummary& summary)
{
    if (summary.homeCare.empty() && summary.homeCareWords.empty())
        return;
    writer.heading(_("Home programme given"));
    std::vector<std::string> items;
    for (const auto& tally : summary.homeCare)
        items.push_back(formatMessage(_("{} (given at {} of {} visits)"), labelOf(tally.value), tally.visits,
                                      summary.visits));
    writer.bullets(items);
    if (summary.homeCareWords.empty())
        return;
    writer.paragraph(_("Instructions as written in the notes"), writer.style().body(true));
    std::vector<std::string> words;
    for (const sharing::HomeCareWords& given : summary.homeCareWords)
        words.push_back(formatMessage(_("{}: {}"), visitsText(given), given.text));
    writer.bullets(words);
}

void writePlanAndRecommendations(DocumentWriter& writer, const ProgressReportData& data)
{
    writer.heading(_("Current plan and recommendations"));
    if (data.plan) {
        const plans::TreatmentPlan& plan = data.plan->plan;
        std::vector<Field> fields{
            {_("Plan"), formatMessage(_("{}, {} since {}"), labelOf(plan.focus),
                                      labelOf(plan.status), mediumDate(plan.startDate))},
            {_("Current phase"), plans::phaseLine(*data.plan, &mediumDate)},
            {_("Next review"), plan.open() ? mediumDate(plan.reviewDate) : std::string()},
            {_("Precautions"), plan.precautions},
            {_("Home programme planned"), data.planHomeProgrammeNotes},
        };
        if (!plan.statusReason.empty())
            fields.push_back({_("Status reason"), plan.statusReason});
        writer.fields(fields);
        writer.bullets(plans::describeReminders(*data.plan, &mediumDate));
    } else {
        writer.paragraph(_("No treatment plan is on file for this period."));
    }
    if (!data.recommendations.empty()) {
        writer.paragraph(_("Recommendations"), writer.style().body(true));
        writer.paragraph(data.recommendations);
    }
    if (!data.questions.empty()) {
        writer.paragraph(_("Questions for you"), writer.style().body(true));
        writer.paragraph(data.questions);
    }
}

} // namespace knotwork::reports
