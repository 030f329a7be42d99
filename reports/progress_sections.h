#pragma once

// The sections of the progress report, one function each (progress_report.cpp puts them in order).
#include "reports/document_writer.h"
#include "sharing/report_data.h"
#include "sharing/treatment_summary.h"

namespace knotwork::reports {

void writeReferral(DocumentWriter& writer, const sharing::ProgressReportData& data);
void writeAttendance(DocumentWriter& writer, const sharing::ProgressReportData& data,
                     const sharing::TreatmentSummary& summary);
void writeOutcomes(DocumentWriter& writer, const sharing::ProgressReportData& data);
void writeCharts(DocumentWriter& writer, const sharing::ProgressReportData& data);
void writeGoals(DocumentWriter& writer, const sharing::ProgressReportData& data);
void writeHomeProgramme(DocumentWriter& writer, const sharing::ProgressReportData& data,
                        const sharing::TreatmentSummary& summary);
void writePlanAndRecommendations(DocumentWriter& writer, const sharing::ProgressReportData& data);
// Shared with the intake summary.
void writeSafety(DocumentWriter& writer, const sharing::ReportHeader& header, const clients::ClientChart& chart,
                 const clients::SafetyAssessment& safety);
std::string diagnosesText(const sharing::ReportHeader& header, const clients::ClientChart& chart);

} // namespace knotwork::reports
