#pragma once
// A progress report's data for tests and benchmarks: a client with a name in several scripts,
// seen `visits` times about every 9 days from `firstVisit`, improving steadily, with NDI, HDI
// and PSFS every tenth visit and a cervicogenic plan with goals.

#include "sharing/report_data.h"

namespace knotwork::testing {

sharing::ProgressReportData sampleProgressReport(int visits, const Date& firstVisit);
// The same report's header, for notes and intake summaries.
sharing::ReportHeader sampleReportHeader(const Date& written);

} // namespace knotwork::testing
