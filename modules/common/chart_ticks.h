#pragma once

// Where a chart's axes get their ticks.
#include <vector>

#include "common/calendar_date.h"

namespace knotwork {

// First days of months across the range, every 1, 2, 3, 6 or 12 months, at most `most`.
std::vector<Date> monthTicks(const Date& from, const Date& to, int most);

// A step of 1, 2, 2.5 or 5 × 10ⁿ that divides lowest…highest into at most `most` parts.
double niceStep(double lowest, double highest, int most);

} // namespace knotwork
