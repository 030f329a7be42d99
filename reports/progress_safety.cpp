// The progress report's screening section, worded within a massage therapist's scope: what was
// asked and found, what was done about it, and a provider's clearance as the provider gave it.
// The therapist never calls the client "clear": only a provider clears.
#include <set>

#include "clients/client_choices.h"
#include "common/i18n.h"
#include "common/locale_date.h"
#include "reports/precaution_watch.h"
#include "reports/progress_sections.h"
#include "sessions/session_choices.h"

namespace knotwork::reports {

using clients::SafetyIssue;
using sharing::ProgressReportData;

namespace {

// What a re-screen question asks, short enough to list in a line.
std::string shortName(SafetyIssue issue)
{
    switch (issue) {
    case SafetyIssue::FeverOrSystemicIllness: return _("fever or feeling unwell");
    case SafetyIssue::NeurologicalDeficit: return _("weakness or numbness");
    case SafetyIssue::SuddenSevereOnset: return _("sudden severe onset");
    case SafetyIssue::Positional: return _("positional headache");
    case SafetyIssue::CoughStrainOrExertion: return _("headache on coughing or strain");
    case SafetyIssue::VisionChanges: return _("vision changes");
    case SafetyIssue::ArterySymptomsWithNeckPain: return _("dizziness or speech trouble with neck pain");
    default: return labelOf(issue);
    }
}

std::string shortList(const std::vector<SafetyIssue>& issues)
{
    std::string text;
    for (const SafetyIssue issue : issues)
        text += (text.empty() ? "" : ", ") + shortName(issue);
    return text;
}

std::string sentence(std::string text)
{
    if (!text.empty() && text.back() != '.')
        text += '.';
    return text;
}

// "referred to Dr Okafor (Phone call) — notes", from the note's plan.
std::string referralWords(const ProgressReportData& data, const sessions::Plan& plan)
{
    const std::string name = data.header.providerName(plan.referredTo, plan.referredToName);
    std::string text = name.empty() ? std::string(_("referred")) : formatMessage(_("referred to {}"), name);
    if (!plan.referralMethods.empty())
        text += formatMessage(_(" ({})"), labelList(plan.referralMethods));
    if (!plan.referralNotes.empty())
        text += formatMessage(_(" \u2014 {}"), plan.referralNotes);
    return text;
}

// The latest re-screen: its date and what it found, then what it asked (and did not).
std::vector<Field> latestScreening(const ProgressReportData& data, const sharing::TreatmentSummary& summary)
{
    std::vector<Field> fields;
    if (summary.lastRescreen) {
        std::set<SafetyIssue> found;
        std::vector<SafetyIssue> asked, unasked;
        for (const SafetyIssue flag : clients::currentFlags()) {
            const auto answer = summary.lastRescreen->answers.find(flag);
            if (answer == summary.lastRescreen->answers.end())
                unasked.push_back(flag);
            else
                asked.push_back(flag);
            if (answer != summary.lastRescreen->answers.end() && answer->second)
                found.insert(flag);
        }
        const std::string on = mediumDate(summary.lastRescreen->on);
        fields.push_back({_("Latest re-screen"),
                          found.empty() ? formatMessage(_("No red flags were found at the re-screen of {}."), on)
                                        : formatMessage(_("At the re-screen of {}, the client reported: {}."), on,
                                                        labelList(found))});
        fields.push_back({_("It asked about"), shortList(asked)});
        fields.push_back({_("Not asked"), shortList(unasked)});
    } else if (const clients::Screening* latest = data.chart.latestScreening()) {
        const std::string on = mediumDate(latest->screenedAt.local().date());
        fields.push_back({_("Latest screening"),
                          latest->issues.empty()
                              ? formatMessage(_("No red flags were found at the screening of {} ({})."), on,
                                              labelOf(latest->kind))
                              : formatMessage(_("Found at the screening of {} ({}): {}."), on, labelOf(latest->kind),
                                              labelList(latest->issues))});
    } else {
        fields.push_back({_("Latest screening"), _("No screening is on record.")});
    }
    int rescreened = 0, withFindings = 0;
    for (const sessions::SoapNote& note : data.notes) {
        if (note.subjective.rescreen.empty())
            continue;
        ++rescreened;
        withFindings += std::ranges::any_of(note.subjective.rescreen, [](const auto& answer) { return answer.second; });
    }
    if (!data.notes.empty())
        fields.push_back(
            {_("Re-screens this period"),
             withFindings == 0
                 ? formatMessage(P_("{} of {} visit; no red flags found", "{} of {} visits; no red flags found",
                                    data.notes.size()),
                                 rescreened, data.notes.size())
                 : formatMessage(P_("{} of {} visit; {} found something (below)",
                                    "{} of {} visits; {} found something (below)", data.notes.size()),
                                 rescreened, data.notes.size(), withFindings)});
    return fields;
}

// Where the record stands today, in the report reader's terms: a provider clears, the therapist
// only reports what is on record.
std::vector<Field> statusToday(const clients::SafetyAssessment& safety)
{
    std::vector<Field> fields;
    std::string status;
    switch (safety.status) {
    case clients::SafetyStatus::Clear:
        status = safety.precautions.empty() ? _("No red flag or contraindication on record.")
                                            : _("No red flag on record.");
        break;
    case clients::SafetyStatus::ReferBeforeTreatment:
        status = formatMessage(_("Red flag on record: {}. No massage until a physician has seen the client."),
                               labelList(safety.openIssues));
        break;
    case clients::SafetyStatus::ClearanceRequired:
        status = formatMessage(_("A provider's clearance is needed before massage: {}."),
                               labelList(safety.openIssues));
        break;
    case clients::SafetyStatus::Cleared:
        status = formatMessage(_("Massage continues under a provider's clearance for: {} (below)."),
                               labelList(safety.clearedIssues));
        break;
    }
    if (safety.status != clients::SafetyStatus::Cleared && !safety.clearedIssues.empty())
        status += ' ' + formatMessage(_("A provider's clearance covers: {}."), labelList(safety.clearedIssues));
    if (!safety.expiredClearances.empty())
        status += ' ' + std::string(_("A clearance on file has lapsed (below)."));
    fields.push_back({_("On record today"), status});
    if (!safety.advisories.empty())
        fields.push_back({_("Advisory"), formatMessage(_("{}: worth a physician's review; it does not stop massage."),
                                                      labelList(safety.advisories))});
    if (!safety.precautions.empty())
        fields.push_back({_("Precautions"), formatMessage(_("{} (they change how massage is given, not whether)"),
                                                          clients::precautionsText(safety.precautions))});
    return fields;
}

// What was done about findings raised at `on`: the referral made then, a provider's clearance
// or a withdrawal recorded since.
std::string actionsTaken(const ProgressReportData& data, const sessions::SoapNote& note,
                         const std::set<SafetyIssue>& found)
{
    std::vector<std::string> actions;
    if (note.plan.referralMade)
        actions.push_back(referralWords(data, note.plan));
    if (note.referralVisit())
        actions.push_back(_("no massage was given that day"));
    for (const clients::Clearance& clearance : data.chart.clearances)
        if (clearance.clearedOn >= note.visitDate
            && std::ranges::any_of(found, [&](SafetyIssue issue) { return clearance.covers.contains(issue); }))
            actions.push_back(formatMessage(_("clearance from {} dated {}"),
                                            data.header.providerName(clearance.providerId, clearance.providerName),
                                            mediumDate(clearance.clearedOn)));
    for (const clients::FlagWithdrawal& withdrawal : data.chart.withdrawals)
        if (found.contains(withdrawal.issue) && withdrawal.withdrawnAt.local().date() >= note.visitDate)
            actions.push_back(formatMessage(_("flag withdrawn on {} ({})"),
                                            mediumDate(withdrawal.withdrawnAt.local().date()),
                                            labelOf(withdrawal.reason)));
    if (actions.empty())
        return _("No action is recorded.");
    std::string text;
    for (const std::string& action : actions)
        text += (text.empty() ? "" : "; ") + action;
    return formatMessage(_("Action: {}."), text);
}

// Each finding of the period with the action taken, then the referrals and withdrawals not
// already told with a finding.
std::vector<std::string> findings(const ProgressReportData& data)
{
    std::vector<std::string> lines;
    std::set<Date> toldReferrals;
    std::set<SafetyIssue> toldIssues;
    for (const sessions::SoapNote& note : data.notes) {
        std::set<SafetyIssue> found;
        for (const auto& [issue, yes] : note.subjective.rescreen)
            if (yes)
                found.insert(issue);
        if (found.empty())
            continue;
        lines.push_back(formatMessage(_("{}: the re-screen found {}. {}"), mediumDate(note.visitDate),
                                      labelList(found), actionsTaken(data, note, found)));
        if (note.plan.referralMade)
            toldReferrals.insert(note.visitDate);
        toldIssues.insert(found.begin(), found.end());
    }
    for (const sessions::SoapNote& note : data.notes) {
        if (!note.plan.referralMade || toldReferrals.contains(note.visitDate))
            continue;
        std::string line = sentence(formatMessage(_("{}: {}"), mediumDate(note.visitDate), referralWords(data, note.plan)));
        if (note.referralVisit())
            line += _(" No massage was given that day.");
        lines.push_back(line);
    }
    for (const clients::FlagWithdrawal& withdrawal : data.chart.withdrawals)
        if (!toldIssues.contains(withdrawal.issue))
            lines.push_back(sentence(formatMessage(_("{} withdrawn on {}: {} \u2014 {}"), labelOf(withdrawal.issue),
                                                   mediumDate(withdrawal.withdrawnAt.local().date()),
                                                   labelOf(withdrawal.reason), withdrawal.details)));
    return lines;
}

// A provider's clearance as the provider gave it: the conditions in full, never shortened.
void writeClearance(DocumentWriter& writer, const ProgressReportData& data, const clients::Clearance& clearance)
{
    writer.paragraph(formatMessage(_("Clearance from {}, dated {}"),
                                   data.header.providerName(clearance.providerId, clearance.providerName),
                                   mediumDate(clearance.clearedOn)),
                     writer.style().body(true));
    std::vector<Field> fields{{_("Covers"), labelList(clearance.covers)},
                              {_("Conditions"), clearance.conditions.empty() ? std::string(_("None stated."))
                                                                             : clearance.conditions},
                              {_("Valid until"), clearance.expiresOn ? mediumDate(*clearance.expiresOn)
                                                                     : std::string(_("No end date given."))}};
    if (const auto& extension = clearance.extension)
        fields.push_back({_("Extension"),
                          sentence(formatMessage(_("extended once by the therapist on {} to {}, nothing new having "
                                                   "been found: {}"),
                                                 mediumDate(extension->recordedAt.local().date()),
                                                 mediumDate(extension->extendedTo), extension->reason))});
    if (const std::optional<Date> last = clearance.lastDay(); last && *last < data.header.written)
        fields.push_back({_("Today"), formatMessage(_("Lapsed after {}."), mediumDate(*last))});
    if (clearance.letterAttachmentId)
        fields.push_back({_("Letter"), _("On file; a copy can be sent on request.")});
    writer.fields(fields, 130, true);
}

void writeAlerts(DocumentWriter& writer, const ProgressReportData& data)
{
    if (!data.plan)
        return;
    for (const PrecautionAlert& alert : precautionAlerts(data.plan->plan.precautions, data.notes)) {
        writer.paragraph(formatMessage(_("The plan's precaution \u201c{}\u201d applies:"), alert.precaution),
                         writer.style().body(true));
        writer.bullets(alert.evidence);
    }
}

} // namespace

void writeSafety(DocumentWriter& writer, const ProgressReportData& data, const sharing::TreatmentSummary& summary)
{
    writer.heading(_("Screening and medical clearance"));
    writeAlerts(writer, data);
    writer.fields(latestScreening(data, summary), 130, true);
    writer.fields(statusToday(data.safety));
    if (const std::vector<std::string> lines = findings(data); !lines.empty()) {
        writer.paragraph(_("Findings and actions in this period"), writer.style().body(true));
        writer.bullets(lines);
    }
    for (const clients::Clearance& clearance : data.chart.clearances)
        writeClearance(writer, data, clearance);
}

} // namespace knotwork::reports
