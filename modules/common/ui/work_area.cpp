#include "common/ui/work_area.h"

#include <algorithm>
#include <vector>
#include <wx/display.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/toplevel.h>

#include "common/ui/scrolling_body.h"

namespace knotwork::ui {

namespace {

std::optional<wxRect>& overriddenArea()
{
    static std::optional<wxRect> area;
    return area;
}

wxSize smaller(const wxSize& a, const wxSize& b)
{
    return wxSize(std::min(a.x, b.x), std::min(a.y, b.y));
}

wxSize larger(const wxSize& a, const wxSize& b)
{
    return wxSize(std::max(a.x, b.x), std::max(a.y, b.y));
}

// What a window takes beyond its client area: frame, title bar, menu and status bars.
wxSize frameOf(const wxTopLevelWindow& window)
{
    return larger(window.GetSize() - window.GetClientSize(), wxSize(0, 0));
}

void collectBodies(wxWindow& window, std::vector<ScrollingBody*>& bodies)
{
    for (wxWindow* child : window.GetChildren()) {
        if (child->IsTopLevel())
            continue;
        if (auto* body = dynamic_cast<ScrollingBody*>(child))
            bodies.push_back(body);
        collectBodies(*child, bodies);
    }
}

// A minimum size larger than the area would keep the window sticking out.
void capMinSize(wxTopLevelWindow& window, const wxRect& area)
{
    const wxSize least = window.GetMinSize();
    if (least.x > area.width || least.y > area.height)
        window.SetMinSize(smaller(least, area.GetSize()));
}

// `rect` moved as little as possible to lie inside `area`.
wxPoint placedInside(const wxRect& rect, const wxRect& area)
{
    return wxPoint(std::max(area.x, std::min(rect.x, area.GetRight() + 1 - rect.width)),
                   std::max(area.y, std::min(rect.y, area.GetBottom() + 1 - rect.height)));
}

} // namespace

wxRect workAreaOf(const wxWindow& window)
{
    if (overriddenArea())
        return *overriddenArea();
    int display = wxDisplay::GetFromWindow(&window);
    for (const wxWindow* parent = window.GetParent(); display == wxNOT_FOUND && parent; parent = parent->GetParent())
        display = wxDisplay::GetFromWindow(parent);
    return wxDisplay(display == wxNOT_FOUND ? 0u : static_cast<unsigned>(display)).GetClientArea();
}

WorkAreaOverride::WorkAreaOverride(const wxRect& area)
    : m_previous(overriddenArea())
{
    overriddenArea() = area;
}

WorkAreaOverride::~WorkAreaOverride()
{
    overriddenArea() = m_previous;
}

wxRect placeInWorkArea(const wxWindow& window, const wxSize& size)
{
    const wxRect area = workAreaOf(window);
    const wxWindow* parent = window.GetParent() ? wxGetTopLevelParent(window.GetParent()) : nullptr;
    const wxRect around = parent && parent->IsShown() ? parent->GetScreenRect() : area;
    const wxRect rect = wxRect(size).CentreIn(around);
    return wxRect(placedInside(rect, area), size);
}

void keepWithinWorkArea(wxTopLevelWindow& window)
{
    if (window.IsMaximized() || window.IsFullScreen())
        return;
    const wxRect area = workAreaOf(window);
    capMinSize(window, area);
    window.SetSize(smaller(window.GetSize(), area.GetSize()));
    if (!area.Contains(window.GetRect()))
        window.Move(placeInWorkArea(window, window.GetSize()).GetPosition());
}

void keepWithinWorkAreaWhenResized(wxTopLevelWindow& window)
{
    window.Bind(wxEVT_SIZE, [&window](wxSizeEvent& event) {
        event.Skip();
        window.CallAfter([&window] { keepWithinWorkArea(window); });
    });
}

void fitToWorkArea(wxTopLevelWindow& window, FitSize how)
{
    wxSizer* sizer = window.GetSizer();
    if (!sizer || window.IsMaximized() || window.IsFullScreen()) {
        keepWithinWorkArea(window);
        return;
    }
    const wxRect area = workAreaOf(window);
    capMinSize(window, area);
    const wxSize room = area.GetSize() - frameOf(window);

    std::vector<ScrollingBody*> bodies;
    collectBodies(window, bodies);
    for (ScrollingBody* body : bodies)
        body->SetMinSize(body->wholeSize());
    const wxSize whole = sizer->GetMinSize();
    for (ScrollingBody* body : bodies)
        body->SetMinSize(body->smallestSize());

    wxSize client = smaller(whole, room);
    if (!bodies.empty()) {
        // A body that scrolls one way needs room for the scroll bar the other way.
        if (client.y < whole.y)
            client.x = std::min(room.x, client.x + wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, &window));
        if (client.x < whole.x)
            client.y = std::min(room.y, client.y + wxSystemSettings::GetMetric(wxSYS_HSCROLL_Y, &window));
    }
    if (how == FitSize::GrowOnly)
        client = smaller(larger(client, window.GetClientSize()), room);
    window.SetClientSize(client);
    window.Layout();
    for (ScrollingBody* body : bodies)
        body->FitInside();
    keepWithinWorkArea(window);
}

} // namespace knotwork::ui
