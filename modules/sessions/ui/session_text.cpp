#include "sessions/ui/session_text.h"

#include <boost/date_time/posix_time/conversion.hpp>
#include <wx/datetime.h>
#include <wx/intl.h>
#include <wx/uilocale.h>

#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"

namespace knotwork::sessions::ui {

namespace {

wxString numberOrDash(const std::optional<int>& value)
{
    return value ? wxString::Format("%d", *value) : wxString(_("–"));
}

wxString degreesOrDash(const std::optional<int>& value)
{
    return value ? wxString::Format(_("%d°"), *value) : wxString(_("–"));
}

// "10:30" in the locale's way of writing a time, without seconds.
wxString timeText(int hours, int minutes)
{
    wxDateTime time(static_cast<wxDateTime::wxDateTime_t>(hours), static_cast<wxDateTime::wxDateTime_t>(minutes));
    wxString format = wxUILocale::GetCurrent().GetInfo(wxLOCALE_TIME_FMT);
    format.Replace(":%S", wxString());
    return time.Format(format.empty() ? wxString("%H:%M") : format);
}

} // namespace

std::string localeDate(const Date& date)
{
    return knotwork::ui::toUtf8(knotwork::ui::formatDate(date));
}

wxString momentText(const Timestamp& moment)
{
    const wxDateTime local(boost::posix_time::to_time_t(moment.utc()));
    return wxString::Format(_("%s %s"), knotwork::ui::formatDate(moment), timeText(local.GetHour(), local.GetMinute()));
}

wxString visitTitle(const Date& visitDate, const std::optional<TimeOfDay>& visitTime)
{
    const wxString day = knotwork::ui::formatDate(visitDate);
    if (!visitTime)
        return wxString::Format(_("Visit of %s"), day);
    return wxString::Format(_("Visit of %s at %s"), day,
                            timeText(static_cast<int>(visitTime->hours()), static_cast<int>(visitTime->minutes())));
}

wxString headacheDaysText(const NoteSummary& note)
{
    if (!note.headacheDays)
        return _("–");
    return wxString::Format(_("%d / %d d"), *note.headacheDays, note.diaryDays);
}

wxString intensityText(const NoteSummary& note)
{
    if (!note.averageIntensity && !note.worstIntensity)
        return _("–");
    return wxString::Format(_("%s / %s"), numberOrDash(note.averageIntensity), numberOrDash(note.worstIntensity));
}

wxString rotationText(const NoteSummary& note)
{
    if (!note.rotationLeft && !note.rotationRight)
        return _("–");
    return wxString::Format(_("%s / %s"), degreesOrDash(note.rotationLeft), degreesOrDash(note.rotationRight));
}

wxString statusText(const NoteSummary& note)
{
    if (note.status == NoteStatus::Draft)
        return _("Draft");
    return note.lateEntry ? wxString(_("Signed · late entry")) : wxString(_("Signed"));
}

wxString addendaText(const NoteSummary& note)
{
    return note.addendumCount > 0 ? wxString::Format("%d", note.addendumCount) : wxString();
}

} // namespace knotwork::sessions::ui
