// The forward-looking part of the progress report (plan, recommendations) and
// the screening section it shares with the intake summary.
#include "clients/client_choices.h"
#include "common/i18n.h"
#include "common/locale_date.h"
#include "plans/plan_choices.h"
#include "plans/plan_text.h"
#include "reports/progress_sections.h"

#include "sessions/note_text.h"
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

void writeSafety(DocumentWriter& writer, const sharing::ReportHeader& header, const clients::ClientChart& chart,
                 const clients::SafetyAssessment& safety, const sharing::TreatmentSummary& summary)
{
    writer.heading(_("Screening and medical clearance"));
    std::vector<Field> fields{{_("Status today"), clients::statusLabel(safety.status)},
                              {_("Why"), clients::statusExplanation(safety)}};
    if (summary.lastRescreen)
        fields.push_back({_("Last screened"),
                          formatMessage(_("{}, at the visit. {}."), mediumDate(summary.lastRescreen->on),
                                        sessions::rescreenText(summary.lastRescreen->answers))});
    else if (const clients::Screening* latest = chart.latestScreening())
        fields.push_back({_("Last screened"), formatMessage(_("{} ({})"), mediumDate(latest->screenedAt.local().date()),
                                                            labelOf(latest->kind))});
    writer.fields(fields);
    std::vector<std::string> events;
    for (const sharing::ReferralMade& referral : summary.referrals) {
        std::string line = formatMessage(_("Referred on {}: {}"), mediumDate(referral.on), referral.text);
        if (line.back() != '.')
            line += '.';
        if (referral.referralVisit)
            line += _(" No treatment was given at that visit.");
        events.push_back(line);
    }
    for (const clients::FlagWithdrawal& withdrawal : chart.withdrawals)
        events.push_back(formatMessage(_("{} withdrawn on {}: {} \u2014 {}."), labelOf(withdrawal.issue),
                                       mediumDate(withdrawal.withdrawnAt.local().date()),
                                       labelOf(withdrawal.reason), withdrawal.details));
    writer.bullets(events);
    std::vector<std::string> clearances;
    for (const clients::Clearance& clearance : chart.clearances) {
        std::string line = formatMessage(_("Cleared by {} on {}"), header.providerName(clearance.providerId, clearance.providerName),
                                         mediumDate(clearance.clearedOn));
        if (!clearance.covers.empty())
            line += formatMessage(_(" for: {}"), labelList(clearance.covers));
        if (!clearance.conditions.empty())
            line += formatMessage(_("; conditions: {}"), clearance.conditions);
        if (clearance.expiresOn)
            line += formatMessage(_("; valid until {}"), mediumDate(*clearance.expiresOn));
        if (const auto& extension = clearance.extension)
            line += formatMessage(_("; extended by the therapist until {}: {}"), mediumDate(extension->extendedTo),
                                  extension->reason);
        clearances.push_back(line);
    }
    writer.bullets(clearances);
}

} // namespace knotwork::reports
