#include "app/gui/status_fields.h"

#include <wx/statusbr.h>

#include "app/gui/main_frame.h"

namespace knotwork::gui {

namespace {

void setFieldWidths(wxStatusBar& bar, bool remindersShown)
{
    const int widths[StatusFieldCount] = {-3, -2, -2, remindersShown ? -2 : 0};
    bar.SetFieldsCount(StatusFieldCount, widths);
}

} // namespace

void makeStatusFields(MainFrame& frame)
{
    wxStatusBar* bar = frame.GetStatusBar();
    if (!bar || bar->GetFieldsCount() == StatusFieldCount)
        return;
    setFieldWidths(*bar, false);
}

void showRemindersStatus(MainFrame& frame, const wxString& text)
{
    wxStatusBar* bar = frame.GetStatusBar();
    if (!bar)
        return;
    makeStatusFields(frame);
    setFieldWidths(*bar, !text.empty());
    bar->SetStatusText(text, RemindersStatus);
}

} // namespace knotwork::gui
