#include "common/ui/wx_time.h"

#include <boost/date_time/posix_time/posix_time.hpp>

#include "common/date_text.h"
#include "common/locale_date.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"

namespace knotwork::ui {

std::string localeDateText(const Date& date)
{
    return toUtf8(formatDate(date));
}

wxString formatTime(const TimeOfDay& time)
{
    return toWx(shortTime(time));
}

wxString formatTime(const Timestamp& moment)
{
    return formatTime(moment.local().time_of_day());
}

wxString formatMoment(const Timestamp& moment)
{
    return toWx(momentText(moment, &localeDateText));
}

} // namespace knotwork::ui
