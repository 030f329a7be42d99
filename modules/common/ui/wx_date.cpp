#include "common/ui/wx_date.h"

#include <boost/date_time/posix_time/conversion.hpp>
#include <wx/uilocale.h>

namespace knotwork::ui {

wxDateTime toWxDate(const Date& date)
{
    return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(date.day().as_number()),
                      static_cast<wxDateTime::Month>(date.month().as_number() - 1),
                      static_cast<int>(date.year()));
}

std::optional<Date> fromWxDate(const wxDateTime& date)
{
    if (!date.IsValid())
        return std::nullopt;
    return Date(static_cast<unsigned short>(date.GetYear()),
                static_cast<unsigned short>(date.GetMonth() + 1),
                static_cast<unsigned short>(date.GetDay()));
}

wxString formatDate(const Date& date)
{
    if (date.is_special())
        return {};
    // The locale's short format with the whole year: "01/13/47" could be a birth or a visit.
    wxString format = wxUILocale::GetCurrent().GetInfo(wxLOCALE_SHORT_DATE_FMT);
    format.Replace("%y", "%Y");
    return toWxDate(date).Format(format);
}

wxString formatDate(const std::optional<Date>& date, const wxString& missing)
{
    return date ? formatDate(*date) : missing;
}

wxString formatDate(const Timestamp& moment)
{
    const wxDateTime local(boost::posix_time::to_time_t(moment.utc()));
    return formatDate(fromWxDate(local).value_or(Date(boost::gregorian::not_a_date_time)));
}

} // namespace knotwork::ui
