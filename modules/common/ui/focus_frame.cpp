#include "common/ui/focus_frame.h"

#include <wx/dc.h>
#include <wx/graphics.h>
#include <wx/settings.h>
#include <wx/window.h>

namespace knotwork::ui {

namespace {

wxPen framePen()
{
    return wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT), 1, wxPENSTYLE_DOT);
}

} // namespace

void redrawOnFocus(wxWindow& control)
{
    const auto redraw = [&control](wxFocusEvent& event) {
        control.Refresh();
        event.Skip();
    };
    control.Bind(wxEVT_SET_FOCUS, redraw);
    control.Bind(wxEVT_KILL_FOCUS, redraw);
}

void drawFocusFrame(wxGraphicsContext& context, const wxWindow& control)
{
    if (!control.HasFocus())
        return;
    context.SetPen(framePen());
    context.SetBrush(*wxTRANSPARENT_BRUSH);
    const wxSize size = control.GetClientSize();
    context.DrawRectangle(1, 1, size.x - 3, size.y - 3);
}

void drawFocusFrame(wxDC& dc, const wxWindow& control)
{
    if (!control.HasFocus())
        return;
    dc.SetPen(framePen());
    dc.SetBrush(*wxTRANSPARENT_BRUSH);
    dc.DrawRectangle(wxRect(control.GetClientSize()).Deflate(1));
}

} // namespace knotwork::ui
