#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/calendar_date.h"

namespace knotwork {

// Dates as the reader's locale writes them (LANG, through ICU), for what leaves the screen:
// reports and the CLI's words. The GUI uses the same formats through wx, and shortTime for times.

// "30 Nov 2026" (en_GB), "Nov 30, 2026" (en_US), "30.11.2026" (de_DE).
std::string mediumDate(const Date& date);
// "Monday, November 23, 2026" (en_US), "Monday, 23 November 2026" (en_GB), "Montag, 23. November
// 2026" (de_DE): a day in words, as a letter or an email to a client writes it.
std::string longDate(const Date& date);
// "Nov 2026": a month on a chart's date axis.
std::string monthAndYear(const Date& firstOfMonth);
// "10:42 AM" (en_US), "10:42" (en_GB, de_DE), "10 h 42" (fr_CA): a time of day as the locale
// writes it, without seconds. The one way times are shown, on screen and on paper.
std::string shortTime(const TimeOfDay& time);
// A time of day as a person types it: the locale's short form (what shortTime writes) or the
// 24-hour clock ("14:05", "14.05", "14h05", "1405", "9"). Nothing when the text is no time of day.
std::optional<TimeOfDay> parseTimeText(std::string_view text);

} // namespace knotwork
