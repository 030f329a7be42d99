#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <boost/date_time/gregorian/gregorian.hpp>

#include "common/clock.h"
#include "safekeeping/backup_rotation.h"

namespace knotwork::safekeeping {
namespace {

using boost::gregorian::date;

Timestamp at(const Date& day, int hour)
{
    return Clock::stoppedOn(day, TimeOfDay(hour, 0, 0)).now();
}

std::set<Timestamp> atSix(const std::vector<Date>& days)
{
    std::set<Timestamp> moments;
    for (const Date& day : days)
        moments.insert(at(day, 18));
    return moments;
}

// Backs up three times a day through 2026, rotating after each backup as the app does, except on
// the days the laptop stayed shut. The settings are made stricter on 1 July.
class SimulatedYear : public ::testing::Test {
protected:
    static bool laptopShut(const Date& day)
    {
        const bool holiday = day >= date(2026, 8, 10) && day <= date(2026, 8, 16);
        return holiday || day == date(2026, 11, 30) || day == date(2026, 12, 30) || day == date(2026, 3, 15);
    }

    static clients::BackupSettings settingsOn(const Date& day)
    {
        clients::BackupSettings settings;  // 7 daily, 4 weekly, 12 monthly
        if (day >= date(2026, 7, 1)) {
            settings.keepDaily = 3;
            settings.keepWeekly = 2;
            settings.keepMonthly = 6;
        }
        return settings;
    }

    // The backups left after the last one of `lastDay`.
    static std::set<Timestamp> runUntil(const Date& lastDay)
    {
        std::vector<Timestamp> existing;
        for (Date day(2026, 1, 1); day <= lastDay; day += boost::gregorian::days(1)) {
            if (laptopShut(day))
                continue;
            for (int hour : {9, 13, 18}) {
                existing.push_back(at(day, hour));
                existing = backupsToKeep(existing, settingsOn(day));
            }
        }
        return {existing.begin(), existing.end()};
    }
};

TEST_F(SimulatedYear, ByJuneTheDefaultsKeepSevenDaysFourWeeksAndEveryMonth)
{
    EXPECT_EQ(runUntil(date(2026, 6, 30)),
              atSix({date(2026, 6, 24), date(2026, 6, 25), date(2026, 6, 26), date(2026, 6, 27),
                     date(2026, 6, 28), date(2026, 6, 29), date(2026, 6, 30),  // days
                     date(2026, 6, 21), date(2026, 6, 14),                      // Sundays ending weeks
                     date(2026, 5, 31), date(2026, 4, 30), date(2026, 3, 31), date(2026, 2, 28),
                     date(2026, 1, 31)}));                                      // months
}

TEST_F(SimulatedYear, AtTheYearsEndTheStricterSettingsKeepExactlyTheNewestOfEachPeriod)
{
    EXPECT_EQ(runUntil(date(2026, 12, 31)),
              atSix({date(2026, 12, 31), date(2026, 12, 29), date(2026, 12, 28),  // 30th shut
                     date(2026, 12, 27),                                          // the week before
                     date(2026, 11, 29),                                          // 30th shut
                     date(2026, 10, 31), date(2026, 9, 30), date(2026, 8, 31), date(2026, 7, 31)}));
}

TEST(BackupRotation, AlwaysKeepsTheNewestEvenWhenNothingElseIsKept)
{
    clients::BackupSettings settings;
    settings.keepDaily = 1;
    settings.keepWeekly = 0;
    settings.keepMonthly = 0;
    const std::vector<Timestamp> moments{at(date(2026, 3, 2), 9), at(date(2026, 3, 2), 18), at(date(2026, 3, 1), 18)};
    EXPECT_EQ(backupsToKeep(moments, settings), std::vector<Timestamp>{at(date(2026, 3, 2), 18)});
    EXPECT_TRUE(backupsToKeep({}, settings).empty());
}

TEST(BackupRotation, WeeksAreIsoWeeksThatBeginOnMonday)
{
    clients::BackupSettings settings;
    settings.keepDaily = 1;
    settings.keepWeekly = 2;
    settings.keepMonthly = 0;
    // Sunday 2027-01-03 ends ISO week 53 of 2026; Monday 2027-01-04 begins week 1 of 2027.
    const std::vector<Timestamp> moments{at(date(2027, 1, 4), 9), at(date(2027, 1, 3), 9), at(date(2027, 1, 2), 9),
                                         at(date(2026, 12, 27), 9)};
    EXPECT_EQ(backupsToKeep(moments, settings),
              (std::vector<Timestamp>{at(date(2027, 1, 4), 9), at(date(2027, 1, 3), 9)}));
}

} // namespace
} // namespace knotwork::safekeeping
