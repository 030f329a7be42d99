#include "common/local_time.h"

#include <algorithm>
#include <ctime>
#include <optional>
#include <boost/date_time/posix_time/posix_time.hpp>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork {

namespace pt = boost::posix_time;

LocalTime localTimeOn(const Date& day, const TimeOfDay& time)
{
    return LocalTime(day, time);
}

std::string isoLocalTime(const LocalTime& time)
{
    return isoDate(time.date()) + 'T' + timeOfDayText(time.time_of_day());
}

LocalTime parseIsoLocalTime(std::string_view text, std::string_view field)
{
    const std::size_t separator = text.find('T');
    if (text.size() == 16 && separator == 10) {
        try {
            return LocalTime(parseIsoDate(text.substr(0, 10), field), parseTimeOfDay(text.substr(11), field));
        } catch (const ValidationError&) {
            // reported below, with the whole text
        }
    }
    throw ValidationError(std::string(field), "local-time",
                          formatMessage(_("{} must be a local date and time like 2026-11-23T10:00, not \"{}\"."),
                                        field, text));
}

namespace {

std::tm fieldsOf(const LocalTime& time, int summerTime)
{
    const Date day = time.date();
    const pt::time_duration clock = time.time_of_day();
    std::tm fields{};
    fields.tm_year = day.year() - 1900;
    fields.tm_mon = day.month() - 1;
    fields.tm_mday = day.day();
    fields.tm_hour = static_cast<int>(clock.hours());
    fields.tm_min = static_cast<int>(clock.minutes());
    fields.tm_isdst = summerTime;
    return fields;
}

// The moment `time` is when read as summer time (1) or standard time (0); none when that reading
// does not show `time` on the wall clock (summer time in winter, or a time the change skips).
std::optional<std::time_t> readAs(const LocalTime& time, int summerTime)
{
    std::tm fields = fieldsOf(time, summerTime);
    const std::time_t moment = std::mktime(&fields);
    std::tm shown{};
    if (moment == static_cast<std::time_t>(-1) || !localtime_r(&moment, &shown))
        return std::nullopt;
    const std::tm wanted = fieldsOf(time, summerTime);
    const bool same = shown.tm_year == wanted.tm_year && shown.tm_mon == wanted.tm_mon
        && shown.tm_mday == wanted.tm_mday && shown.tm_hour == wanted.tm_hour && shown.tm_min == wanted.tm_min;
    return same ? std::optional<std::time_t>(moment) : std::nullopt;
}

} // namespace

Timestamp utcOfLocal(const LocalTime& time)
{
    const std::optional<std::time_t> summer = readAs(time, 1);
    const std::optional<std::time_t> standard = readAs(time, 0);
    if (summer && standard)
        return Timestamp(pt::from_time_t(std::min(*summer, *standard)));
    if (summer || standard)
        return Timestamp(pt::from_time_t(summer ? *summer : *standard));
    // Skipped by the spring change: the clock time read as standard time, which lands after it.
    std::tm fields = fieldsOf(time, 0);
    return Timestamp(pt::from_time_t(std::mktime(&fields)));
}

} // namespace knotwork
