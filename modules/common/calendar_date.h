#pragma once

#include <string>
#include <string_view>
#include <boost/date_time/gregorian/greg_date.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

namespace knotwork {

// A day on the calendar (date of birth, date of a clearance), without a time or zone. Stored and
// exchanged as ISO-8601 text "2026-11-23"; shown to people in their locale's format by the UI.
using Date = boost::gregorian::date;

std::string isoDate(const Date& date);
// Throws ValidationError naming `field` (rule "date") when the text is not a real YYYY-MM-DD day.
Date parseIsoDate(std::string_view text, std::string_view field);

// A local time of day (a visit began at 10:30), to the minute, exchanged as "HH:MM".
using TimeOfDay = boost::posix_time::time_duration;
std::string timeOfDayText(const TimeOfDay& time);
// Throws ValidationError naming `field` (rule "time") unless the text is "HH:MM" within a day.
TimeOfDay parseTimeOfDay(std::string_view text, std::string_view field);

} // namespace knotwork
