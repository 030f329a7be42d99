#include "common/calendar_date.h"

#include <charconv>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <fmt/format.h>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork {

std::string isoDate(const Date& date)
{
    return boost::gregorian::to_iso_extended_string(date);
}

Date parseIsoDate(std::string_view text, std::string_view field)
{
    int year = 0, month = 0, day = 0;
    auto read = [&](std::size_t pos, std::size_t count, int& value) {
        const char* first = text.data() + pos;
        auto [end, ec] = std::from_chars(first, first + count, value);
        return ec == std::errc() && end == first + count;
    };
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' && read(0, 4, year)
        && read(5, 2, month) && read(8, 2, day);
    if (shaped && year >= 1400) {
        try {
            return Date(year, month, day);
        } catch (const std::out_of_range&) {
            // an impossible day such as 2026-02-30: reported below
        }
    }
    throw ValidationError(std::string(field), "date",
        formatMessage(_("{} must be a real date written as year-month-day, like 2026-11-23, not "
                        "\"{}\"."), field, text));
}

std::string timeOfDayText(const TimeOfDay& time)
{
    return fmt::format("{:02}:{:02}", time.hours(), time.minutes());
}

TimeOfDay parseTimeOfDay(std::string_view text, std::string_view field)
{
    int hours = 0, minutes = 0;
    auto read = [&](std::size_t pos, int& value) {
        const char* first = text.data() + pos;
        auto [end, ec] = std::from_chars(first, first + 2, value);
        return ec == std::errc() && end == first + 2;
    };
    if (text.size() == 5 && text[2] == ':' && read(0, hours) && read(3, minutes) && hours < 24
        && minutes < 60)
        return boost::posix_time::hours(hours) + boost::posix_time::minutes(minutes);
    throw ValidationError(std::string(field), "time",
        formatMessage(_("{} must be a time of day written as hours:minutes, like 10:30, not "
                        "\"{}\"."), field, text));
}

} // namespace knotwork
