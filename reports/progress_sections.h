#pragma once

// The sections of the progress report, one function each (progress_report.cpp puts them in order).
#include "reports/document_writer.h"
#include "sharing/report_data.h"
#include "sharing/treatment_summary.h"

namespace knotwork::reports {

void writeReferral(DocumentWriter& writer, const sharing::ProgressReportData& data,
                   const sharing::TreatmentSummary& summary);
void writeAttendance(DocumentWriter& writer, const sharing::ProgressReportData& data,
                     const sharing::TreatmentSummary& summary);
void writeOutcomes(DocumentWriter& writer, const sharing::ProgressReportData& data);
void writeCharts(DocumentWriter& writer, const sharing::ProgressReportData& data);
void writeGoals(DocumentWriter& writer, const sharing::ProgressReportData& data);
void writeHomeProgramme(DocumentWriter& writer, const sharing::ProgressReportData& data,
                        const sharing::TreatmentSummary& summary);
// The therapist's assessment and plan, or for a completed or discontinued plan the discharge
// summary: end date, reason, final outcomes against the goals, the home programme to keep.
void writeAssessment(DocumentWriter& writer, const sharing::ProgressReportData& data);
// The status and why, the last re-screen (the period's last visit's, else the intake's), the
// referrals made, flags withdrawn and the clearances with any extension: only what is on record.
void writeSafety(DocumentWriter& writer, const sharing::ReportHeader& header, const clients::ClientChart& chart,
                 const clients::SafetyAssessment& safety, const sharing::TreatmentSummary& summary);
// The diagnoses on file; without one, says so, and that the client was referred only when a
// referral is on record.
std::string diagnosesText(const sharing::ReportHeader& header, const clients::ClientChart& chart, bool referred);

} // namespace knotwork::reports
