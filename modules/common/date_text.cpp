#include "common/date_text.h"

#include <boost/date_time/posix_time/posix_time.hpp>

#include "common/locale_date.h"

namespace knotwork {

std::string dateText(const Date& date, DateFormatter format)
{
    return format ? format(date) : isoDate(date);
}

std::string timeText(const TimeOfDay& time, DateFormatter format)
{
    return format ? shortTime(time) : timeOfDayText(time);
}

std::string momentText(const Timestamp& moment, DateFormatter format)
{
    const boost::posix_time::ptime local = moment.local();
    return dateText(local.date(), format) + " " + timeText(local.time_of_day(), format);
}

} // namespace knotwork
