// The forward-looking part of the progress report: the plan and recommendations.
#include "clients/client_choices.h"
#include "common/i18n.h"
#include "common/locale_date.h"
#include "plans/plan_choices.h"
#include "plans/plan_text.h"
#include "reports/progress_sections.h"

#include "sessions/session_choices.h"

namespace knotwork::reports {

using sharing::ProgressReportData;

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
