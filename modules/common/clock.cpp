#include "common/clock.h"

#include <cstdlib>
#include <ctime>
#include <boost/date_time/posix_time/posix_time.hpp>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork {

namespace pt = boost::posix_time;

namespace {

// The UTC moment of a local day and time, through the C library, which knows this computer's zone
// and its daylight-saving rules (Boost's local adjustor only goes the other way).
Timestamp utcOfLocal(const Date& day, TimeOfDay time)
{
    std::tm local{};
    local.tm_year = day.year() - 1900;
    local.tm_mon = day.month() - 1;
    local.tm_mday = day.day();
    local.tm_hour = static_cast<int>(time.hours());
    local.tm_min = static_cast<int>(time.minutes());
    local.tm_isdst = -1;  // whatever the zone's rules say for that day
    return Timestamp(pt::from_time_t(std::mktime(&local)));
}

} // namespace

Clock::Clock() : m_reading([] { return Timestamp::now(); })
{
}

Clock::Clock(Reading reading) : m_reading(std::move(reading))
{
}

Clock Clock::stoppedAt(Timestamp moment)
{
    return Clock([moment] { return moment; });
}

Clock Clock::stoppedOn(const Date& day, TimeOfDay time)
{
    return stoppedAt(utcOfLocal(day, time));
}

Date Clock::today() const
{
    return now().local().date();
}

TimeOfDay Clock::timeOfDay() const
{
    const TimeOfDay exact = now().local().time_of_day();
    return pt::hours(exact.hours()) + pt::minutes(exact.minutes());
}

Clock clockFromSetting(std::string_view setting)
{
    if (setting.empty())
        return Clock();
    try {
        if (setting.size() == std::string_view("2026-11-23").size())
            return Clock::stoppedOn(parseIsoDate(setting, kClockVariable));
        return Clock::stoppedAt(Timestamp::fromIso8601(setting, kClockVariable));
    } catch (const ValidationError&) {
        throw ValidationError(kClockVariable, "clock",
            formatMessage(_("{} must be a UTC moment like 2026-11-23T15:00:00Z or a day like "
                            "2026-11-23, not \"{}\"."), kClockVariable, setting));
    }
}

Clock clockFromEnvironment()
{
    const char* setting = std::getenv(kClockVariable);
    return clockFromSetting(setting ? setting : "");
}

} // namespace knotwork
