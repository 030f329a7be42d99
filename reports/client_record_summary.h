#pragma once

#include "reports/report_pages.h"
#include "sharing/report_data.h"

namespace knotwork::reports {

// A client's whole record for the client themself (the right of access): identity and contact,
// intake, headache and health history, screening, clearances and consents, treatment plans with
// their goals, outcome measures, every signed note in full with its addenda, and the log of the
// documents that left the practice about them.
ReportPages layoutClientRecordSummary(const sharing::ClientRecordData& data, TextMeasurer& measurer);

} // namespace knotwork::reports
