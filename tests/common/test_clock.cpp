// The one clock the app reads: stopped on a day, it is that day in any time zone; KNOTWORK_CLOCK
// stops it for a whole process, and a malformed setting is refused by name.
#include <optional>
#include <string>
#include <gtest/gtest.h>
#include <boost/date_time/posix_time/posix_time.hpp>

#include "common/clock.h"
#include "common/error.h"
#include "support/environment_override.h"

namespace knotwork {
namespace {

namespace pt = boost::posix_time;

struct ZoneAndDay {
    const char* zone;
    Date day;
};

class StoppedOnADay : public ::testing::TestWithParam<ZoneAndDay> {};

TEST_P(StoppedOnADay, IsThatDayOnTheWallFromEarlyMorningToLateEvening)
{
    const knotwork::testing::TimeZoneOverride zone(GetParam().zone);
    const Date day = GetParam().day;
    for (const TimeOfDay time : {TimeOfDay(0, 30, 0), TimeOfDay(12, 0, 0), TimeOfDay(23, 30, 0)}) {
        const Clock clock = Clock::stoppedOn(day, time);
        EXPECT_EQ(clock.today(), day) << "at " << timeOfDayText(time);
        EXPECT_EQ(clock.timeOfDay(), time);
        EXPECT_EQ(clock.now(), clock.now()) << "a stopped clock does not move";
    }
}

INSTANTIATE_TEST_SUITE_P(
    Zones, StoppedOnADay,
    ::testing::Values(ZoneAndDay{"UTC", Date(2026, 11, 23)},
                      ZoneAndDay{"America/Toronto", Date(2028, 2, 29)},    // a leap day
                      ZoneAndDay{"America/Toronto", Date(2027, 3, 14)},    // clocks go forward at 02:00
                      ZoneAndDay{"America/Toronto", Date(2026, 11, 1)},    // and back at 02:00
                      ZoneAndDay{"America/Toronto", Date(2026, 12, 31)},   // the year's last day
                      ZoneAndDay{"Pacific/Kiritimati", Date(2027, 1, 1)},  // UTC+14: the first new year
                      ZoneAndDay{"Pacific/Pago_Pago", Date(2026, 12, 31)}  // UTC-11: among the last
                      ));

TEST(Clock, TheDayFollowsTheComputersZone)
{
    const Clock clock = Clock::stoppedAt(Timestamp::fromIso8601("2027-01-01T03:00:00Z"));
    {
        const knotwork::testing::TimeZoneOverride zone("UTC");
        EXPECT_EQ(clock.today(), Date(2027, 1, 1));
    }
    {
        const knotwork::testing::TimeZoneOverride zone("America/Toronto");
        EXPECT_EQ(clock.today(), Date(2026, 12, 31));
        EXPECT_EQ(clock.timeOfDay(), pt::hours(22));
    }
}

TEST(Clock, ATestsOwnClockMovesWhenTheTestMovesIt)
{
    Timestamp moment = Timestamp::fromIso8601("2026-11-23T15:00:00Z");
    const Clock clock([&moment] { return moment; });
    moment = Timestamp::fromIso8601("2026-11-30T15:00:00Z");
    EXPECT_EQ(clock.now().iso8601(), "2026-11-30T15:00:00Z");
}

TEST(Clock, TheComputersClockIsReadByDefault)
{
    const Timestamp before = Timestamp::now();
    const Timestamp read = Clock().now();
    const Timestamp after = Timestamp::now();
    EXPECT_FALSE(read < before);
    EXPECT_FALSE(after < read);
}

TEST(ClockSetting, IsAUtcMomentOrADayAtNoonOrEmptyForTheComputersClock)
{
    const knotwork::testing::TimeZoneOverride zone("America/Toronto");
    EXPECT_EQ(clockFromSetting("2026-11-23T15:00:00Z").now().iso8601(), "2026-11-23T15:00:00Z");
    const Clock leapDay = clockFromSetting("2028-02-29");
    EXPECT_EQ(leapDay.today(), Date(2028, 2, 29));
    EXPECT_EQ(leapDay.timeOfDay(), pt::hours(12));
    EXPECT_EQ(leapDay.now().iso8601(), "2028-02-29T17:00:00Z");

    const Timestamp before = Timestamp::now();
    EXPECT_FALSE(clockFromSetting("").now() < before);
}

TEST(ClockSetting, IsReadFromTheEnvironment)
{
    const knotwork::testing::EnvironmentOverride stopped(kClockVariable, "2027-03-14T07:30:00Z");
    EXPECT_EQ(clockFromEnvironment().now().iso8601(), "2027-03-14T07:30:00Z");
}

class MalformedClockSetting : public ::testing::TestWithParam<const char*> {};

TEST_P(MalformedClockSetting, IsRefusedNamingTheVariable)
{
    try {
        clockFromSetting(GetParam());
        FAIL() << "accepted " << GetParam();
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), kClockVariable);
        EXPECT_EQ(error.rule(), "clock");
        EXPECT_NE(std::string(error.what()).find(GetParam()), std::string::npos) << error.what();
    }
}

INSTANTIATE_TEST_SUITE_P(Settings, MalformedClockSetting,
                         ::testing::Values("tomorrow", "2027-02-29", "2026-11-23 15:00", "2026-11-23T15:00:00",
                                           "2026-13-01T00:00:00Z"));

} // namespace
} // namespace knotwork
