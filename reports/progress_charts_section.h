#pragma once

#include <vector>

#include "common/line_chart.h"
#include "sharing/report_data.h"

namespace knotwork::reports {

// The progress report's charts: the diary, intensity and the range of motion pairs with data in
// the period, and a questionnaire's chart only when a goal asks for it (the outcomes table
// already carries every score, and two minutes is short). All on one time axis: the report's
// period, or up to the last visit of a plan that has ended.
std::vector<LineChart> progressReportCharts(const sharing::ProgressReportData& data);

} // namespace knotwork::reports
