#pragma once

#include <string>

#include "common/calendar_date.h"
#include "common/timestamp.h"

namespace knotwork {

// How a day is written where the domain puts records into words: the GUI passes its locale's
// short format, reports theirs; none gives ISO ("2026-11-23"), as the CLI's text does.
using DateFormatter = std::string (*)(const Date&);

std::string dateText(const Date& date, DateFormatter format);
// A time of day beside a day written by `format`: the locale's short time without seconds
// (shortTime, "10:42 AM") when there is a format, else "10:42" as the CLI writes it.
std::string timeText(const TimeOfDay& time, DateFormatter format);
// "23/11/2026 10:42": a UTC moment on this computer's clock, its day and time as above.
std::string momentText(const Timestamp& moment, DateFormatter format);

} // namespace knotwork
