// Times are written one way everywhere: the locale's short time, never with seconds; what a
// person types is read back in that form or on the 24-hour clock.
#include <gtest/gtest.h>

#include "common/date_text.h"
#include "common/locale_date.h"

namespace knotwork {
namespace {

using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::seconds;

std::string dayOnly(const Date& date)
{
    return "day " + isoDate(date);
}

TEST(TimeText, TheLocalesShortTimeHasNoSeconds)
{
    const std::string text = shortTime(hours(14) + minutes(5) + seconds(37));
    EXPECT_NE(text.find("05"), std::string::npos) << text;
    EXPECT_EQ(text.find("37"), std::string::npos) << "seconds are never shown: " << text;
}

TEST(TimeText, WhatIsShownReadsBackAsTheSameTime)
{
    for (const TimeOfDay time : {TimeOfDay(0, 0, 0), TimeOfDay(9, 5, 0), TimeOfDay(12, 30, 0), TimeOfDay(23, 59, 0)})
        EXPECT_EQ(parseTimeText(shortTime(time)), time) << shortTime(time);
}

TEST(TimeText, TheTwentyFourHourClockIsReadInAnyLocale)
{
    EXPECT_EQ(parseTimeText("14:05"), TimeOfDay(14, 5, 0));
    EXPECT_EQ(parseTimeText(" 9.30 "), TimeOfDay(9, 30, 0));
    EXPECT_EQ(parseTimeText("10 h 42"), TimeOfDay(10, 42, 0));
    EXPECT_EQ(parseTimeText("1405"), TimeOfDay(14, 5, 0));
    EXPECT_EQ(parseTimeText("9"), TimeOfDay(9, 0, 0));
    EXPECT_FALSE(parseTimeText("25:00"));
    EXPECT_FALSE(parseTimeText("10:75"));
    EXPECT_FALSE(parseTimeText("after lunch"));
    EXPECT_FALSE(parseTimeText(""));
}

TEST(TimeText, BesideALocaleDayTheTimeIsTheLocalesAndBesideAnIsoDayItIsIso)
{
    const TimeOfDay time = hours(16) + minutes(7);
    EXPECT_EQ(timeText(time, &dayOnly), shortTime(time));
    EXPECT_EQ(timeText(time, nullptr), "16:07");
}

} // namespace
} // namespace knotwork
