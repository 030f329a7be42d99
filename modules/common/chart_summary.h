#pragma once

#include <string>

#include "common/date_text.h"
#include "common/line_chart.h"

namespace knotwork {

// A line chart in words, the same figures a sighted reader takes from it: for each series its
// first and latest value with their days, and each goal with the way it is met. "Headache days
// per month (days in 30): first 14 on 03/03/2026, latest 6 on 20/04/2026. Goal 4 days or less."
// What a screen reader says for the chart; days are written by `formatDate` (ISO without one).
std::string describeChart(const LineChart& chart, DateFormatter formatDate = nullptr);

} // namespace knotwork
