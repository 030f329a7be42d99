#pragma once

#include "reports/report_pages.h"
#include "sharing/report_data.h"

namespace knotwork::reports {

// The progress report to a referring provider: referral and diagnosis on file, attendance and
// the treatment delivered, outcomes baseline → latest, progress charts with goal lines, goal
// status, home programme, the plan and recommendations, screening and clearance, the scope
// statement and the signature. Dates in the reader's locale; text measured by `measurer`.
ReportPages layoutProgressReport(const sharing::ProgressReportData& data, TextMeasurer& measurer);

} // namespace knotwork::reports
