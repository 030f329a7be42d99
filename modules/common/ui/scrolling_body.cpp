#include "common/ui/scrolling_body.h"

#include <algorithm>
#include <wx/bookctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/utils.h>

namespace knotwork::ui {

namespace {

// The least a body shows of its content when its window has less room.
const wxSize kSmallest(240, 120);

// Makes the windows `sizer` lays out that are `from`'s children `to`'s, in layout order.
void adoptWindows(wxSizer& sizer, wxWindow& from, wxWindow& to)
{
    if (auto* box = dynamic_cast<wxStaticBoxSizer*>(&sizer); box && box->GetStaticBox()->GetParent() == &from)
        box->GetStaticBox()->Reparent(&to);
    for (wxSizerItem* item : sizer.GetChildren()) {
        if (wxWindow* window = item->GetWindow(); window && window->GetParent() == &from)
            window->Reparent(&to);
        else if (wxSizer* inner = item->GetSizer())
            adoptWindows(*inner, from, to);
    }
}

} // namespace

ScrollingBody::ScrollingBody(wxWindow* parent, const wxString& name, int directions)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                       ((directions & wxVERTICAL) ? wxVSCROLL : 0) | ((directions & wxHORIZONTAL) ? wxHSCROLL : 0)
                           | wxTAB_TRAVERSAL,
                       name),
      m_directions(directions)
{
    SetScrollRate((directions & wxHORIZONTAL) ? FromDIP(16) : 0, (directions & wxVERTICAL) ? FromDIP(16) : 0);
    Bind(wxEVT_CHILD_FOCUS, &ScrollingBody::showFocused, this);
}

void ScrollingBody::hold(wxSizer* content, int margin)
{
    adoptWindows(*content, *GetParent(), *this);
    auto* margins = new wxBoxSizer(wxVERTICAL);
    margins->Add(content, wxSizerFlags(1).Expand().Border(wxALL, margin));
    SetSizer(margins);
    SetMinSize(smallestSize());
    FitInside();
}

bool ScrollingBody::Layout()
{
    if (!GetSizer() || m_fitting)
        return wxScrolledWindow::Layout();
    m_fitting = true;
    // Laying the content out wraps its texts and rows to the width there is, which changes its
    // height: the scrolled area follows until it holds the content as laid out.
    for (int round = 0; round < 3; ++round) {
        const wxSize before = GetVirtualSize();
        FitInside();  // lays the content out in the new scrolled area
        if (GetVirtualSize() == before && round > 0)
            break;
    }
    m_fitting = false;
    return true;
}

bool ScrollingBody::ShouldScrollToChildOnFocus(wxWindow*)
{
    return false;  // showFocused does it, for the control alone
}

void ScrollingBody::showFocused(wxChildFocusEvent& event)
{
    event.Skip();
    wxWindow* shown = event.GetWindow();  // the control that took the focus
    if (!shown || shown == this || dynamic_cast<wxPanel*>(shown) || !IsDescendant(shown))
        return;
    // A control made of several (a date picker) is shown whole; a page, box or tab it sits in is
    // not, or choosing a tab would push the chart's header out of sight.
    for (wxWindow* parent = shown->GetParent(); parent != this && !dynamic_cast<wxPanel*>(parent)
                                                && !dynamic_cast<wxStaticBox*>(parent)
                                                && !dynamic_cast<wxBookCtrlBase*>(parent);
         parent = parent->GetParent())
        shown = parent;
    // A field reached with the keyboard is scrolled into view; one clicked is already where the
    // pointer is, and the form never jumps under it.
    const wxMouseState mouse = wxGetMouseState();
    if (mouse.LeftIsDown() || mouse.MiddleIsDown() || mouse.RightIsDown())
        return;
    bringIntoView(*shown);
}

void ScrollingBody::bringIntoView(const wxWindow& shown)
{
    const wxRect view(wxPoint(0, 0), GetClientSize());
    const wxRect rect(ScreenToClient(shown.GetScreenPosition()), shown.GetSize());
    if (view.Contains(rect))
        return;
    int unitX = 0;
    int unitY = 0;
    GetScrollPixelsPerUnit(&unitX, &unitY);
    const wxPoint inContent = CalcUnscrolledPosition(rect.GetTopLeft());
    const int margin = FromDIP(16);
    // In scroll units: the control's start near the view's start when it lies before the view,
    // its end near the view's end when it lies after it.
    const auto target = [margin](int start, int length, int viewLength, int unit, bool before) {
        const int pixels = before ? start - margin : start + length + margin - viewLength;
        return std::max(0, before ? pixels / unit : (pixels + unit - 1) / unit);
    };
    const bool left = rect.x < 0;
    const bool above = rect.y < 0;
    const int x = unitX > 0 && (left || rect.GetRight() > view.GetRight())
                    ? target(inContent.x, rect.width, view.width, unitX, left) : -1;
    const int y = unitY > 0 && (above || rect.GetBottom() > view.GetBottom())
                    ? target(inContent.y, rect.height, view.height, unitY, above) : -1;
    Scroll(x, y);
}

wxSize ScrollingBody::wholeSize()
{
    return GetSizer() ? GetSizer()->CalcMin() : wxSize();
}

wxSize ScrollingBody::smallestSize()
{
    const wxSize whole = wholeSize();
    const wxSize least = FromDIP(kSmallest);
    // The way it does not scroll it takes its whole size, and the other way's scroll bar.
    return wxSize((m_directions & wxHORIZONTAL)
                      ? std::min(whole.x, least.x)
                      : whole.x + wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this),
                  (m_directions & wxVERTICAL) ? std::min(whole.y, least.y)
                                              : whole.y + wxSystemSettings::GetMetric(wxSYS_HSCROLL_Y, this));
}

bool holdsScrolledForm(wxSizer& sizer)
{
    for (wxSizerItem* item : sizer.GetChildren()) {
        if (dynamic_cast<wxScrolledWindow*>(item->GetWindow()))
            return true;
        if (item->GetSizer() && holdsScrolledForm(*item->GetSizer()))
            return true;
    }
    return false;
}

} // namespace knotwork::ui
