#pragma once

#include <string>
#include <vector>

#include "sharing/report_data.h"

namespace knotwork::sharing {

// Facts from the report's data the therapist may insert into the assessment, never words in
// their name: each goal's measure from baseline to now ("Headache days per month: 7.5 days →
// 1.5 days since 9 Sep 2025"), how many goals are met ("5 of 6 goals met"), the visits ("21
// visits, the last 11 Nov 2026"), the plan's phase ("Plan phase 3 of 3: Every 4–6 weeks") or
// its end ("Plan completed on 1 Dec 2026: …"). Empty when there is nothing recorded.
std::vector<std::string> assessmentSuggestions(const ProgressReportData& data);

} // namespace knotwork::sharing
