#pragma once

// The outcomes table of the progress report: baseline → last report → now → change, each cell in
// words a reader checks without a calculator (raw diary counts with their days, scaled figures
// marked, the intake's figure beside a baseline it differs from).
#include "reports/document_writer.h"
#include "sharing/outcome_summary.h"
#include "sharing/report_data.h"

namespace knotwork::reports {

Table outcomeTable(const sharing::ProgressReportData& data, const std::vector<sharing::OutcomeRow>& rows);

} // namespace knotwork::reports
