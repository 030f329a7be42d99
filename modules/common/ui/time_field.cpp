#include "common/ui/time_field.h"

#include "common/locale_date.h"
#include "common/ui/field_key.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"

namespace knotwork::ui {

TimeField::TimeField(wxWindow* parent, const std::string& name)
    : wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                 wxString::FromUTF8(name))
{
    const wxString widest = formatTime(TimeOfDay(23, 58, 0)) + "  ";
    SetInitialSize(wxSize(GetTextExtent(widest).x + FromDIP(24), -1));
}

void TimeField::setTime(const std::optional<TimeOfDay>& time)
{
    ChangeValue(time ? formatTime(*time) : wxString());
}

std::optional<TimeOfDay> TimeField::read(Validator& problems) const
{
    const wxString text = GetValue().Strip(wxString::both);
    if (text.empty())
        return std::nullopt;
    const std::optional<TimeOfDay> time = parseTimeText(toUtf8(text));
    if (!time)
        problems.add(fieldKey(*this), "time",
                     toUtf8(wxString::Format(_("Enter a time of day here, such as %s, or leave it empty."),
                                             formatTime(TimeOfDay(10, 30, 0)))));
    return time;
}

} // namespace knotwork::ui
