#include "reports/progress_report.h"

#include <cmath>

#include "clients/client_choices.h"
#include "common/i18n.h"
#include "common/locale_date.h"
#include "reports/progress_sections.h"
#include "reports/report_frame.h"
#include "sessions/session_choices.h"

namespace knotwork::reports {

using sharing::ProgressReportData;
using sharing::TreatmentSummary;

namespace {

// "Trigger-point pressure (12), Myofascial release (9)": what was done and at how many visits.
template <typename E>
std::string tallyText(const std::vector<sharing::Tally<E>>& tallies, std::size_t most = 8)
{
    std::string text;
    for (std::size_t i = 0; i < tallies.size() && i < most; ++i)
        text += (text.empty() ? "" : ", ")
                + formatMessage(_("{} ({})"), labelOf(tallies[i].value), tallies[i].visits);
    if (tallies.size() > most)
        text += formatMessage(_(", and {} more"), tallies.size() - most);
    return text;
}

// "9 attended, 1 cancelled with notice, 1 late cancellation, 1 no-show": what the book says of
// the period's visits, naming only the kinds that happened.
std::string appointmentsText(const schedule::Attendance& attendance)
{
    std::string text = formatMessage(P_("{} attended", "{} attended", attendance.completed), attendance.completed);
    const auto add = [&text](int count, std::string words) {
        if (count > 0)
            text += ", " + words;
    };
    add(attendance.cancelled, formatMessage(P_("{} cancelled with notice", "{} cancelled with notice",
                                               attendance.cancelled), attendance.cancelled));
    add(attendance.lateCancelled, formatMessage(P_("{} late cancellation", "{} late cancellations",
                                                   attendance.lateCancelled), attendance.lateCancelled));
    add(attendance.noShows, formatMessage(P_("{} no-show", "{} no-shows", attendance.noShows), attendance.noShows));
    return text;
}

const clients::CareTeamMember* referralFor(const ProgressReportData& data)
{
    const clients::CareTeamMember* referring = nullptr;
    for (const clients::CareTeamMember& member : data.chart.careTeam) {
        if (data.header.recipient && member.providerId == data.header.recipient->id && !member.referralReason.empty())
            return &member;
        if (member.relation == clients::CareRelation::Referring && !referring)
            referring = &member;
    }
    return referring;
}

} // namespace

std::string diagnosesText(const sharing::ReportHeader& header, const clients::ClientChart& chart, bool referred)
{
    if (chart.diagnoses.empty())
        return referred ? _("None on file; the client was referred to a provider (see Screening and medical clearance).")
                        : _("None on file.");
    std::string text;
    for (const clients::Diagnosis& diagnosis : chart.diagnoses) {
        std::string line = labelOf(diagnosis.type);
        const std::string by = header.providerName(diagnosis.providerId, diagnosis.diagnosedBy);
        if (!by.empty() && diagnosis.diagnosedOn)
            line = formatMessage(_("{}, diagnosed by {} on {}"), line, by, mediumDate(*diagnosis.diagnosedOn));
        else if (!by.empty())
            line = formatMessage(_("{}, diagnosed by {}"), line, by);
        text += (text.empty() ? "" : "\n") + line;
    }
    return text;
}

void writeReferral(DocumentWriter& writer, const ProgressReportData& data, const TreatmentSummary& summary)
{
    writer.heading(_("Referral and diagnosis on file"));
    std::vector<Field> fields;
    if (const clients::CareTeamMember* referral = referralFor(data)) {
        std::string reason = referral->referralReason;
        const std::string from = data.header.providerName(referral->providerId);
        if (!from.empty() && (!data.header.recipient || referral->providerId != data.header.recipient->id))
            reason = formatMessage(_("{} (referred by {})"), reason.empty() ? _("Not stated") : reason, from);
        fields.push_back({_("Referral reason"), reason});
        if (referral->since)
            fields.push_back({_("Referred"), mediumDate(*referral->since)});
    }
    fields.push_back({_("Diagnosis on file"), diagnosesText(data.header, data.chart, !summary.referrals.empty())});
    writer.fields(fields);
}

void writeAttendance(DocumentWriter& writer, const ProgressReportData& data, const TreatmentSummary& summary)
{
    writer.heading(_("Attendance and treatment delivered"));
    std::vector<Field> fields;
    fields.push_back({_("Visits attended"),
                      summary.visits == 0
                          ? std::string(_("No visits in this period."))
                          : formatMessage(_("{} ({} to {})"), summary.visits, mediumDate(*summary.first),
                                          mediumDate(*summary.last))});
    if (data.attendance)
        fields.push_back({_("Booked appointments"), appointmentsText(*data.attendance)});
    if (summary.referralVisits > 0)
        fields.push_back({_("Referral visits"),
                          formatMessage(_("{} of them: screened and referred, no treatment given"), summary.referralVisits)});
    if (summary.averageDaysBetween) {
        const double weeks = *summary.averageDaysBetween / 7;
        fields.push_back({_("Frequency delivered"),
                          weeks < 1.5 ? formatMessage(_("about every {} days"), std::lround(*summary.averageDaysBetween))
                                      : formatMessage(_("about every {:.1f} weeks"), weeks)});
    }
    if (data.plan)
        fields.push_back({_("Frequency planned"), plans::describePhases(data.plan->plan.phases)});
    fields.push_back({_("Techniques (visits)"), tallyText(summary.techniques)});
    fields.push_back({_("Regions (visits)"), tallyText(summary.regions)});
    fields.push_back({_("Muscles treated most"), tallyText(summary.muscles, 6)});
    if (summary.averageMinutes)
        fields.push_back({_("Session length"), formatMessage(_("{} minutes on average"), *summary.averageMinutes)});
    if (summary.averagePainBefore)
        fields.push_back({_("Immediate response"),
                          formatMessage(_("pain {:.1f} → {:.1f} out of 10 on average, before → after treatment"),
                                        *summary.averagePainBefore, *summary.averagePainAfter)});
    writer.fields(fields);
}

ReportPages layoutProgressReport(const ProgressReportData& data, TextMeasurer& measurer)
{
    const std::string title = data.discharge ? _("Massage therapy discharge summary") : _("Massage therapy progress report");
    PageFlow flow(data.header.practice.paperSize, measurer);
    DocumentWriter writer(flow);
    const TreatmentSummary summary = sharing::summariseTreatment(data.notes);

    writeOpening(writer, data.header, title,
                 formatMessage(_("Period {} to {}"), mediumDate(data.from), mediumDate(data.to)));
    writeReferral(writer, data, summary);
    writeAttendance(writer, data, summary);
    writeOutcomes(writer, data);
    writeCharts(writer, data);
    writeHeadachePhases(writer, data);
    writeGoals(writer, data);
    writeHomeProgramme(writer, data, summary);
    writeAssessment(writer, data);
    writeSafety(writer, data, summary);
    return finishDocument(flow, writer, data.header, title, Signature::Block);
}

} // namespace knotwork::reports
