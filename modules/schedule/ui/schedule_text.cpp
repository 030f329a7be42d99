#include "schedule/ui/schedule_text.h"

#include <wx/datetime.h>
#include <wx/intl.h>

#include "common/ui/choice_text.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"
#include "schedule/schedule_choices.h"

namespace knotwork::schedule::ui {

using knotwork::ui::toWx;

wxString shortClientName(const clients::Client& client)
{
    const wxString given = toWx(client.preferredName.empty() ? client.givenNames : client.preferredName);
    const wxString family = toWx(client.familyName);
    return family.empty() ? given : wxString::Format(_("%s %s."), given, family.Left(1));
}

wxString dayHeading(const Date& day)
{
    const wxDateTime date = knotwork::ui::toWxDate(day);
    return wxString::Format(_("%s %d"), wxDateTime::GetWeekDayName(date.GetWeekDay(), wxDateTime::Name_Abbr),
                            int(day.day()));
}

wxString longDay(const Date& day)
{
    const wxDateTime date = knotwork::ui::toWxDate(day);
    // TRANSLATORS: weekday, day of the month, month, year: "Tuesday 8 December 2026".
    return wxString::Format(_("%s %d %s %d"), wxDateTime::GetWeekDayName(date.GetWeekDay()), int(day.day()),
                            wxDateTime::GetMonthName(date.GetMonth()), int(day.year()));
}

wxString weekTitle(const Date& monday)
{
    return wxString::Format(_("Week of %s"), longDay(monday));
}

wxString monthTitle(const Date& day)
{
    // TRANSLATORS: strftime's format of a month and its year: "%B %Y" writes "December 2026".
    return knotwork::ui::toWxDate(day).Format(_("%B %Y"));
}

wxString minutesText(int minutes)
{
    if (minutes < 60)
        return wxString::Format(_("%d min"), minutes);
    if (minutes % 60 == 0)
        return wxString::Format(_("%d h"), minutes / 60);
    return wxString::Format(_("%d h %d min"), minutes / 60, minutes % 60);
}

wxString shortDayAndTime(const LocalTime& time)
{
    const wxDateTime day = knotwork::ui::toWxDate(time.date());
    return wxString::Format(_("%s %s %s"), wxDateTime::GetWeekDayName(day.GetWeekDay(), wxDateTime::Name_Abbr),
                            knotwork::ui::formatDate(time.date()), knotwork::ui::formatTime(time.time_of_day()));
}

wxString visitTimes(const Appointment& visit)
{
    return wxString::Format(_("%s–%s"), knotwork::ui::formatTime(visit.start.time_of_day()),
                            knotwork::ui::formatTime(visit.end().time_of_day()));
}

wxString describeVisit(const Appointment& visit, const VisitWords& words)
{
    wxString text = wxString::Format(_("%s, %s, %s, %s, %s"), longDay(visit.start.date()), visitTimes(visit),
                                     words.fullName, words.service, knotwork::ui::labelText(visit.status));
    if (!words.badges.empty())
        text += ", " + words.badges;
    return text;
}

knotwork::ui::FieldTexts visitFieldTexts(const Appointment& visit)
{
    return {
        {_("When"), shortDayAndTime(visit.start)},
        {_("Length"), minutesText(visit.minutes)},
        {_("Buffer after"), minutesText(visit.bufferMinutes)},
        {_("Status"), knotwork::ui::labelText(visit.status)},
        {_("Notes"), toWx(visit.notes)},
    };
}

} // namespace knotwork::schedule::ui
