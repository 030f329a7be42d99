// The home programme given and the screening section the progress report shares with the
// intake summary (the assessment and plan: progress_assessment.cpp).
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
