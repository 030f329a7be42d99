#include "reports/client_record_summary.h"

#include "common/choices.h"
#include "common/date_text.h"
#include "common/i18n.h"
#include "common/locale_date.h"
#include "disclosures/disclosure_choices.h"
#include "plans/measure_scoring.h"
#include "plans/plan_choices.h"
#include "plans/plan_text.h"
#include "reports/record_reports.h"
#include "reports/report_frame.h"
#include "sessions/note_text.h"
#include "sessions/session_choices.h"

namespace knotwork::reports {

namespace {

// Who keeps the record: the practice, else the therapist by name.
std::string keeper(const clients::PracticeSettings& practice)
{
    if (!practice.practiceName.empty())
        return practice.practiceName;
    return practice.therapistName.empty() ? std::string(_("your massage therapist")) : practice.therapistName;
}

void writePlan(DocumentWriter& writer, const plans::PlanProgress& progress)
{
    const plans::TreatmentPlan& plan = progress.plan;
    writer.heading(formatMessage(_("Treatment plan from {}: {} ({})"), mediumDate(plan.startDate), labelOf(plan.focus),
                                 labelOf(plan.status)));
    for (const sessions::NoteSection& section : plans::describePlan(plan, &mediumDate)) {
        std::vector<Field> fields;
        for (const sessions::NoteLine& line : section.lines)
            fields.push_back({line.label, line.value});
        writer.fields(fields, 150);
    }
    if (progress.goals.empty())
        return;
    Table goals{{{_("Goal"), 2.2}, {_("Change"), 1.6}, {_("Target"), 1.6}, {_("Status"), 1.6}}, {}};
    for (const plans::GoalProgress& goal : progress.goals) {
        const plans::GoalRow row = plans::describeGoalProgress(goal, &mediumDate);
        goals.rows.push_back({row.goal, row.change, row.target, row.status});
    }
    writer.gap(4);
    writer.table(goals);
}

void writePlans(DocumentWriter& writer, const sharing::ClientRecordData& data)
{
    if (data.plans.empty()) {
        writer.heading(_("Treatment plans"));
        writer.paragraph(_("No treatment plan is on file."));
        return;
    }
    for (const plans::PlanProgress& progress : data.plans)
        writePlan(writer, progress);
}

void writeMeasures(DocumentWriter& writer, const sharing::ClientRecordData& data)
{
    Table measures{{{_("Date"), 1}, {_("Measure"), 1.4}, {_("Score"), 1.6}, {_("Notes"), 2.4}}, {}};
    for (const plans::OutcomeMeasure& measure : data.measures)
        measures.rows.push_back({mediumDate(measure.takenOn), labelOf(measure.kind), plans::describeScore(measure),
                                 measure.voided() ? formatMessage(_("Voided (entered in error): {}"), measure.voidReason)
                                                  : measure.notes});
    writer.heading(_("Outcome measures"), measures.rows.empty() ? 0 : writer.tableOpening(measures));
    if (measures.rows.empty())
        writer.paragraph(_("No outcome measure is on file."));
    else
        writer.table(measures);
}

void writeNotes(DocumentWriter& writer, const sharing::ClientRecordData& data)
{
    if (data.notes.empty()) {
        writer.heading(_("Treatment notes"));
        writer.paragraph(_("No signed note is on file."));
        return;
    }
    for (const sessions::SoapNote& note : data.notes) {
        std::string visit = formatMessage(note.referralVisit() ? _("Referral visit {}") : _("Treatment visit {}"),
                                          mediumDate(note.visitDate));
        if (note.visitTime)
            visit += ' ' + shortTime(*note.visitTime);
        writer.heading(visit);
        writer.paragraph(sessions::signatureLine(note, &mediumDate), writer.style().body(true));
        writeNoteBody(writer, note);
        writer.gap(6);
    }
}

void writeDisclosures(DocumentWriter& writer, const sharing::ClientRecordData& data)
{
    Table log{{{_("Sent"), 1.3}, {_("Document"), 1.5}, {_("To"), 1.6}, {_("File"), 2.2}}, {}};
    for (const disclosures::Disclosure& sent : data.disclosures)
        log.rows.push_back({momentText(sent.disclosedAt, &mediumDate), labelOf(sent.kind), sent.recipientName,
                            sent.fileName});
    writer.heading(_("Documents that left the practice about you"), log.rows.empty() ? 0 : writer.tableOpening(log));
    if (log.rows.empty())
        writer.paragraph(_("No document about you has left the practice before this one."));
    else
        writer.table(log);
}

} // namespace

ReportPages layoutClientRecordSummary(const sharing::ClientRecordData& data, TextMeasurer& measurer)
{
    const std::string title = _("Your health record");
    PageFlow flow(data.header.practice.paperSize, measurer);
    DocumentWriter writer(flow);
    writeOpening(writer, data.header, title);
    writer.paragraph(formatMessage(
        _("This is a copy of everything {} keeps on file about you on {}: your details and intake, screening, "
          "clearances and consents, treatment plans, outcome measures, every signed treatment note with its "
          "addenda, and the documents about you that left the practice."),
        keeper(data.header.practice),
        mediumDate(data.header.written)));
    writeChart(writer, data.header, data.chart, data.safety);
    writePlans(writer, data);
    writeMeasures(writer, data);
    writeNotes(writer, data);
    writeDisclosures(writer, data);
    return finishDocument(flow, writer, data.header, title, Signature::Block);
}

} // namespace knotwork::reports
