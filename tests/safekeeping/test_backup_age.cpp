#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include "common/clock.h"
#include "safekeeping/backup_age.h"

namespace knotwork::safekeeping {
namespace {

using boost::gregorian::date;

Timestamp at(const Date& day, int hour, int minute)
{
    return Clock::stoppedOn(day, TimeOfDay(hour, minute, 0)).now();
}

const Timestamp kNow = at(date(2026, 11, 23), 15, 0);

TEST(BackupAge, IsOldOnceTheNewestIsOlderThanTheWarningDays)
{
    const auto threeDays = boost::posix_time::hours(72);
    EXPECT_EQ(backupAge(std::nullopt, kNow, 3), BackupAge::Never);
    EXPECT_EQ(backupAge(Timestamp(kNow.utc() - threeDays), kNow, 3), BackupAge::Fresh);
    EXPECT_EQ(backupAge(Timestamp(kNow.utc() - threeDays - boost::posix_time::minutes(1)), kNow, 3), BackupAge::Old);
    EXPECT_EQ(backupAge(Timestamp(kNow.utc() - threeDays - boost::posix_time::minutes(1)), kNow, 4), BackupAge::Fresh);
}

TEST(BackupAge, SaysWhenTheLastBackupWasMadeInWords)
{
    EXPECT_EQ(backupAgeText(std::nullopt, kNow, nullptr), "No backup yet");
    EXPECT_EQ(backupAgeText(at(date(2026, 11, 23), 12, 3), kNow, nullptr), "Last backup today at 12:03");
    EXPECT_EQ(backupAgeText(at(date(2026, 11, 22), 23, 59), kNow, nullptr), "Last backup yesterday at 23:59");
    EXPECT_EQ(backupAgeText(at(date(2026, 11, 21), 0, 1), kNow, nullptr), "Last backup 2 days ago");
    EXPECT_EQ(backupAgeText(at(date(2026, 11, 18), 16, 0), kNow, nullptr), "Last backup 5 days ago");
}

TEST(BackupAge, GivesTheDateOfABackupDatedAfterNow)
{
    EXPECT_EQ(backupAgeText(at(date(2026, 11, 25), 9, 30), kNow, nullptr), "Last backup on 2026-11-25 at 09:30");
}

} // namespace
} // namespace knotwork::safekeeping
