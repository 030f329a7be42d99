#include "sessions/ui/session_text.h"

#include <wx/intl.h>

#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"

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

} // namespace

std::string localeDate(const Date& date)
{
    return knotwork::ui::localeDateText(date);
}

wxString visitTitle(const Date& visitDate, const std::optional<TimeOfDay>& visitTime,
                    const std::optional<int>& visitMinutes)
{
    const wxString day = knotwork::ui::formatDate(visitDate);
    wxString title = visitTime ? wxString::Format(_("Visit of %s at %s"), day, knotwork::ui::formatTime(*visitTime))
                               : wxString::Format(_("Visit of %s"), day);
    if (visitMinutes)
        title += wxString::Format(_(" \u00b7 %d min"), *visitMinutes);
    return title;
}

wxString headacheDaysText(const NoteSummary& note)
{
    if (!note.headacheDays)
        return _("–");
    if (note.diaryDays <= 0)
        return wxString::Format(_("%d d"), *note.headacheDays);
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
