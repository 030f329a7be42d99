#pragma once

#include "reports/document_writer.h"
#include "reports/report_pages.h"
#include "sharing/report_data.h"

namespace knotwork::reports {

// A note's sections as the chart shows them (addenda included), with the palpation findings
// drawn on the body chart: the body of a note report and of each note in a client's record.
void writeNoteBody(DocumentWriter& writer, const sessions::SoapNote& note);

// The chart in words (clients::describeChart): identity and contact, care team and diagnosis,
// headache and health history, screening, clearances and consents.
void writeChart(DocumentWriter& writer, const sharing::ReportHeader& header, const clients::ClientChart& chart,
                const clients::SafetyAssessment& safety);

// One signed SOAP note as the chart shows it: each section's findings, the body chart drawn
// from the palpation findings, addenda, and who signed it when.
ReportPages layoutNoteReport(const sharing::NoteReportData& data, TextMeasurer& measurer);

// The intake summary: identity and contact, care team and diagnosis on file, headache and
// health history, lifestyle, screening, clearances and consents.
ReportPages layoutIntakeReport(const sharing::IntakeReportData& data, TextMeasurer& measurer);

} // namespace knotwork::reports
