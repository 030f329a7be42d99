#include "safekeeping/backup_rotation.h"

#include <algorithm>
#include <functional>
#include <set>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include "common/calendar_date.h"

namespace knotwork::safekeeping {

namespace {

// The period a local day belongs to, as a number that orders periods in time.
using PeriodOf = std::function<long(const Date&)>;

long dayNumber(const Date& day)
{
    return static_cast<long>(day.day_number());
}

// ISO weeks begin on Monday; the Monday's day number names the week (and its ISO year with it).
long isoWeek(const Date& day)
{
    const int sinceMonday = (day.day_of_week().as_number() + 6) % 7;
    return static_cast<long>(day.day_number()) - sinceMonday;
}

long month(const Date& day)
{
    return static_cast<long>(day.year()) * 12 + day.month() - 1;
}

// Keeps the newest backup of each of the `count` latest periods that have one. `newestFirst` is
// sorted newest first, so the first backup seen in a period is its newest.
void keepNewestPerPeriod(const std::vector<Timestamp>& newestFirst, int count, const PeriodOf& periodOf,
                         std::set<Timestamp>& kept)
{
    std::set<long> periods;
    for (const Timestamp& moment : newestFirst) {
        if (static_cast<int>(periods.size()) >= count)
            break;
        if (periods.insert(periodOf(moment.local().date())).second)
            kept.insert(moment);
    }
}

} // namespace

std::vector<Timestamp> backupsToKeep(std::span<const Timestamp> moments, const clients::BackupSettings& settings)
{
    std::vector<Timestamp> newestFirst(moments.begin(), moments.end());
    std::sort(newestFirst.begin(), newestFirst.end(), [](const Timestamp& a, const Timestamp& b) { return b < a; });
    std::set<Timestamp> kept;
    if (newestFirst.empty())
        return {};
    kept.insert(newestFirst.front());
    keepNewestPerPeriod(newestFirst, settings.keepDaily, dayNumber, kept);
    keepNewestPerPeriod(newestFirst, settings.keepWeekly, isoWeek, kept);
    keepNewestPerPeriod(newestFirst, settings.keepMonthly, month, kept);
    return {kept.rbegin(), kept.rend()};
}

} // namespace knotwork::safekeeping
