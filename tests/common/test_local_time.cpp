// Wall-clock times, as appointments keep them: exchanged as "2026-11-23T10:00", and turned into
// UTC moments in the computer's zone on the nights the clocks change as a calendar expects.
#include <gtest/gtest.h>

#include "common/error.h"
#include "common/local_time.h"
#include "support/environment_override.h"

namespace knotwork {
namespace {

using boost::posix_time::hours;
using boost::posix_time::minutes;

TEST(LocalTime, IsExchangedAsIsoTextToTheMinute)
{
    const LocalTime visit = localTimeOn(Date(2028, 2, 29), hours(9) + minutes(45));
    EXPECT_EQ(isoLocalTime(visit), "2028-02-29T09:45");
    EXPECT_EQ(parseIsoLocalTime("2028-02-29T09:45", "start"), visit);
}

TEST(LocalTime, TextThatIsNotALocalTimeIsRefusedNamingTheField)
{
    for (const char* text : {"2027-02-29T09:45", "2026-11-23 09:45", "2026-11-23T24:00", "2026-11-23T09:45Z", ""}) {
        try {
            parseIsoLocalTime(text, "start");
            ADD_FAILURE() << text << " was taken";
        } catch (const ValidationError& error) {
            EXPECT_EQ(error.field(), "start") << text;
            EXPECT_EQ(error.rule(), "local-time") << text;
        }
    }
}

TEST(LocalTime, TenInTheMorningIsTheSameWallClockTimeEitherSideOfADaylightSavingChange)
{
    testing::TimeZoneOverride toronto("America/Toronto");
    // 2026-11-01: clocks go back. Before, 10:00 is 14:00 UTC (EDT); after, 15:00 UTC (EST).
    EXPECT_EQ(utcOfLocal(localTimeOn(Date(2026, 10, 31), hours(10))).iso8601(), "2026-10-31T14:00:00Z");
    EXPECT_EQ(utcOfLocal(localTimeOn(Date(2026, 11, 2), hours(10))).iso8601(), "2026-11-02T15:00:00Z");
}

TEST(LocalTime, ATimeTheAutumnChangeRepeatsIsItsFirstOccurrence)
{
    testing::TimeZoneOverride toronto("America/Toronto");
    EXPECT_EQ(utcOfLocal(localTimeOn(Date(2026, 11, 1), hours(1) + minutes(30))).iso8601(), "2026-11-01T05:30:00Z");
}

TEST(LocalTime, ATimeTheSpringChangeSkipsLandsAfterTheChange)
{
    testing::TimeZoneOverride toronto("America/Toronto");
    // 2027-03-14: 02:00 EST becomes 03:00 EDT; 02:30 does not exist and is read as 02:30 EST.
    EXPECT_EQ(utcOfLocal(localTimeOn(Date(2027, 3, 14), hours(2) + minutes(30))).iso8601(), "2027-03-14T07:30:00Z");
}

TEST(LocalTime, AZoneWithoutDaylightSavingIsPlainArithmetic)
{
    testing::TimeZoneOverride regina("America/Regina");
    EXPECT_EQ(utcOfLocal(localTimeOn(Date(2026, 7, 1), hours(10))).iso8601(), "2026-07-01T16:00:00Z");
    EXPECT_EQ(utcOfLocal(localTimeOn(Date(2026, 1, 1), hours(10))).iso8601(), "2026-01-01T16:00:00Z");
}

} // namespace
} // namespace knotwork
