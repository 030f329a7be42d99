#pragma once

#include <string>

#include "common/calendar_date.h"

namespace knotwork {

// Dates as the reader's locale writes them (LANG, through ICU), for what leaves the screen:
// reports and the CLI's words. The GUI uses the same formats through wx.

// "30 Nov 2026" (en_GB), "Nov 30, 2026" (en_US), "30.11.2026" (de_DE).
std::string mediumDate(const Date& date);
// "Nov 2026": a month on a chart's date axis.
std::string monthAndYear(const Date& firstOfMonth);

} // namespace knotwork
