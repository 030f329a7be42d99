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
// Headache days per frequency phase, raw counts with the days covered (progress_phases_section.cpp).
void writeHeadachePhases(DocumentWriter& writer, const sharing::ProgressReportData& data);
void writeGoals(DocumentWriter& writer, const sharing::ProgressReportData& data);
void writeHomeProgramme(DocumentWriter& writer, const sharing::ProgressReportData& data,
                        const sharing::TreatmentSummary& summary);
// The therapist's assessment and plan, or for a completed or discontinued plan the discharge
// summary: end date, reason, final outcomes against the goals, the home programme to keep.
void writeAssessment(DocumentWriter& writer, const sharing::ProgressReportData& data);
// What the screening record says today, within a massage therapist's scope: the latest
// re-screen (its date and what it asked), a precaution of the plan the period's notes show was
// met, each finding with the action taken, the status and the provider's clearances in full
// (progress_safety.cpp).
void writeSafety(DocumentWriter& writer, const sharing::ProgressReportData& data,
                 const sharing::TreatmentSummary& summary);
// The diagnoses on file; without one, says so, and that the client was referred only when a
// referral is on record.
std::string diagnosesText(const sharing::ReportHeader& header, const clients::ClientChart& chart, bool referred);

} // namespace knotwork::reports
