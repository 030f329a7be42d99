#include "reports/record_reports.h"

#include "clients/chart_text.h"
#include "common/i18n.h"
#include "common/locale_date.h"
#include "reports/report_frame.h"
#include "sessions/body_chart.h"
#include "sessions/note_text.h"

namespace knotwork::reports {

void writeNoteBody(DocumentWriter& writer, const sessions::SoapNote& note)
{
    for (const sessions::NoteSection& section : sessions::describeNote(note, &mediumDate)) {
        writer.heading(section.title);
        std::vector<Field> fields;
        for (const sessions::NoteLine& line : section.lines)
            fields.push_back({line.label, line.value});
        writer.fields(fields, 150);
        if (section.key == "objective" && !note.objective.palpation.empty()) {
            const TextStyle caption = writer.style().body(true);
            const double captionHeight = writer.style().lineHeight(caption) + 4;
            writer.block(captionHeight + 250, [&](Canvas& canvas, const Rect& bounds) {
                canvas.text(_("Palpation on the body chart"), {bounds.x, writer.style().baseline(bounds.y, caption)},
                            caption);
                sessions::BodyChartState state;
                state.findings = note.objective.palpation;
                sessions::BodyChart({bounds.x, bounds.y + captionHeight, bounds.width, bounds.height - captionHeight})
                    .draw(canvas, state);
            });
        }
    }
}

void writeChart(DocumentWriter& writer, const sharing::ReportHeader& header, const clients::ClientChart& chart,
                const clients::SafetyAssessment& safety)
{
    const auto providerName = [&](const std::optional<clients::ProviderId>& id, const std::string& typed) {
        return header.providerName(id, typed);
    };
    for (const clients::ChartSection& section :
         clients::describeChart(chart, safety, providerName, header.written, &mediumDate)) {
        writer.heading(section.title);
        writer.fields(section.rows, 150);
    }
}

ReportPages layoutNoteReport(const sharing::NoteReportData& data, TextMeasurer& measurer)
{
    const sessions::SoapNote& note = data.note;
    const std::string title = note.referralVisit() ? _("Massage therapy referral visit note")
                                                   : _("Massage therapy treatment note");
    PageFlow flow(data.header.practice.paperSize, measurer);
    DocumentWriter writer(flow);
    std::string visit = formatMessage(_("Visit {}"), mediumDate(note.visitDate));
    if (note.visitTime) {
        visit += ' ';
        visit += shortTime(*note.visitTime);  // the locale's time, as every screen shows it
    }
    // When the note was signed and by whom, and when this copy was printed: never the print date
    // alone, which would pass for the note's.
    const std::string dated = formatMessage(_("{} · Printed {}"), sessions::signatureLine(note, &mediumDate),
                                            momentWritten(data.header));
    writeOpening(writer, data.header, title, visit, dated);
    if (!data.precautions.empty())
        writer.fields({{_("Precautions"), clients::precautionsText(data.precautions)}}, 150);

    writeNoteBody(writer, note);
    writer.paragraph(sessions::signatureLine(note, &mediumDate), writer.style().body(true));
    return finishDocument(flow, writer, data.header, title);
}

ReportPages layoutIntakeReport(const sharing::IntakeReportData& data, TextMeasurer& measurer)
{
    const std::string title = _("Intake summary");
    PageFlow flow(data.header.practice.paperSize, measurer);
    DocumentWriter writer(flow);
    writeOpening(writer, data.header, title);
    writeChart(writer, data.header, data.chart, data.safety);
    return finishDocument(flow, writer, data.header, title);
}

} // namespace knotwork::reports
