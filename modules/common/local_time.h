#pragma once

#include <string>
#include <string_view>

#include "common/calendar_date.h"
#include "common/timestamp.h"

namespace knotwork {

// A moment on the therapist's wall clock, to the minute, without a zone: what a client is told
// ("Tuesday at 10:00"). Appointments keep it, so a weekly visit stays at 10:00 across a
// daylight-saving change; it becomes a UTC moment only where one is needed (a calendar file, the
// notice a cancellation gave). Exchanged as "2026-11-23T10:00".
using LocalTime = boost::posix_time::ptime;

LocalTime localTimeOn(const Date& day, const TimeOfDay& time);
std::string isoLocalTime(const LocalTime& time);
// Throws ValidationError naming `field` (rule "local-time") unless the text is
// "YYYY-MM-DDTHH:MM" on a real day.
LocalTime parseIsoLocalTime(std::string_view text, std::string_view field);

// The UTC moment of a wall-clock time in this computer's time zone (TZ). A time the autumn change
// repeats (01:30 on the night clocks go back) is its first occurrence, in summer time; a time the
// spring change skips (02:30 on the night clocks go forward) is read as standard time, which
// lands after the change (03:30 summer time).
Timestamp utcOfLocal(const LocalTime& time);

} // namespace knotwork
