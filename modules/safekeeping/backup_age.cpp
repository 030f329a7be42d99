#include "safekeeping/backup_age.h"

#include <boost/date_time/posix_time/posix_time.hpp>

#include "common/i18n.h"

namespace knotwork::safekeeping {

BackupAge backupAge(const std::optional<Timestamp>& newest, const Timestamp& now, int warningDays)
{
    if (!newest)
        return BackupAge::Never;
    return now.utc() - newest->utc() > boost::posix_time::hours(24L * warningDays) ? BackupAge::Old
                                                                                    : BackupAge::Fresh;
}

std::string backupAgeText(const std::optional<Timestamp>& newest, const Timestamp& now, DateFormatter format)
{
    if (!newest)
        return _("No backup yet");
    const boost::posix_time::ptime taken = newest->local();
    const TimeOfDay time(taken.time_of_day().hours(), taken.time_of_day().minutes(), 0);
    const long days = (now.local().date() - taken.date()).days();
    if (days == 0)
        return formatMessage(_("Last backup today at {}"), timeText(time, format));
    if (days == 1)
        return formatMessage(_("Last backup yesterday at {}"), timeText(time, format));
    if (days > 1)
        return formatMessage(P_("Last backup {} day ago", "Last backup {} days ago", days), days);
    // A backup dated after now: this computer's clock was set back since.
    return formatMessage(_("Last backup on {} at {}"), dateText(taken.date(), format), timeText(time, format));
}

} // namespace knotwork::safekeeping
