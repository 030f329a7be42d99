#include "app/gui/spoken_status_bar.h"

#include "common/ui/accessibility.h"

namespace knotwork::gui {

SpokenStatusBar::SpokenStatusBar(wxWindow* parent)
    : wxStatusBar(parent, wxID_ANY, wxSTB_DEFAULT_STYLE, "status-bar")
{
    ui::setAccessibleRole(*this, ui::AccessibleRole::StatusBar);
}

void SpokenStatusBar::DoUpdateStatusText(int number)
{
    wxStatusBar::DoUpdateStatusText(number);
    wxString text;
    for (int field = 0; field < GetFieldsCount(); ++field)
        if (!GetStatusText(field).empty())
            text += (text.empty() ? wxString() : wxString("  ")) + GetStatusText(field);
    ui::setAccessibleName(*this, text);
}

} // namespace knotwork::gui
