#include "sessions/ui/body_chart_ctrl.h"

#include <algorithm>
#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include "common/ui/choice_text.h"
#include "common/ui/wx_canvas.h"
#include "sessions/session_choices.h"

namespace knotwork::sessions::ui {

BodyChartCtrl::BodyChartCtrl(wxWindow* parent, Requests requests)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxWANTS_CHARS | wxFULL_REPAINT_ON_RESIZE, "body-chart"),
      m_requests(std::move(requests))
{
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(600, 460)));
    Bind(wxEVT_PAINT, &BodyChartCtrl::onPaint, this);
    Bind(wxEVT_MOTION, &BodyChartCtrl::onMotion, this);
    Bind(wxEVT_LEAVE_WINDOW, [this](wxMouseEvent&) {
        m_state.hovered.reset();
        Refresh();
    });
    Bind(wxEVT_LEFT_DOWN, &BodyChartCtrl::onClick, this);
    Bind(wxEVT_KEY_DOWN, &BodyChartCtrl::onKey, this);
    Bind(wxEVT_SET_FOCUS, [this](wxFocusEvent& event) {
        if (!m_state.selected && m_requests.select)
            m_requests.select(BodyChart::sites().front());
        Refresh();
        event.Skip();
    });
    Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        Refresh();
        event.Skip();
    });
    SetToolTip(_("Click a muscle to record what you palpated. Keys: arrows move, 0–3 tenderness, H hypertonic, "
                 "T trigger point, R reproduces the headache, Delete clears."));
}

wxSize BodyChartCtrl::DoGetBestClientSize() const
{
    return FromDIP(wxSize(640, static_cast<int>(640 / BodyChart::aspectRatio())));
}

BodyChart BodyChartCtrl::chart() const
{
    const wxSize size = GetClientSize();
    return BodyChart(Rect{4, 4, double(size.x - 8), double(size.y - 8)});
}

void BodyChartCtrl::setState(const BodyChartState& state)
{
    const auto hovered = m_state.hovered;
    m_state = state;
    m_state.hovered = hovered;
    Refresh();
}

wxPoint BodyChartCtrl::pointOf(const MuscleSite& site) const
{
    const Point p = chart().centreOf(site);
    return wxPoint(static_cast<int>(p.x), static_cast<int>(p.y));
}

void BodyChartCtrl::onPaint(wxPaintEvent&)
{
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(GetParent()->GetBackgroundColour()));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> context(wxGraphicsContext::Create(dc));
    if (!context)
        return;
    knotwork::ui::WxCanvas canvas(*context, *this);
    chart().draw(canvas, m_state);
    if (HasFocus()) {
        context->SetPen(wxPen(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT), 1, wxPENSTYLE_DOT));
        context->SetBrush(*wxTRANSPARENT_BRUSH);
        const wxSize size = GetClientSize();
        context->DrawRectangle(1, 1, size.x - 3, size.y - 3);
    }
}

void BodyChartCtrl::onMotion(wxMouseEvent& event)
{
    const auto site = chart().siteAt({double(event.GetX()), double(event.GetY())});
    if (site != m_state.hovered) {
        m_state.hovered = site;
        SetCursor(site ? wxCursor(wxCURSOR_HAND) : wxNullCursor);
        if (site)
            UnsetToolTip(), SetToolTip(wxString::Format("%s (%s)", knotwork::ui::labelText(site->muscle),
                                                        knotwork::ui::labelText(site->side)));
        Refresh();
    }
}

void BodyChartCtrl::onClick(wxMouseEvent& event)
{
    SetFocus();
    if (const auto site = chart().siteAt({double(event.GetX()), double(event.GetY())}); site && m_requests.select)
        m_requests.select(*site);
}

void BodyChartCtrl::moveSelection(int step)
{
    const std::vector<MuscleSite> sites = BodyChart::sites();
    auto at = m_state.selected ? std::find(sites.begin(), sites.end(), *m_state.selected) : sites.end();
    const long index = at == sites.end() ? 0 : (at - sites.begin() + step + long(sites.size())) % long(sites.size());
    if (m_requests.select)
        m_requests.select(sites[static_cast<std::size_t>(index)]);
}

void BodyChartCtrl::onKey(wxKeyEvent& event)
{
    const int key = event.GetKeyCode();
    switch (key) {
    case WXK_RIGHT: case WXK_DOWN: moveSelection(1); return;
    case WXK_LEFT: case WXK_UP: moveSelection(-1); return;
    case WXK_DELETE: case WXK_BACK: if (m_requests.key) m_requests.key('x'); return;
    default: break;
    }
    if (key == WXK_TAB) {
        // Tab leaves the chart as it leaves any control.
        Navigate(event.ShiftDown() ? wxNavigationKeyEvent::IsBackward : wxNavigationKeyEvent::IsForward);
        return;
    }
    const char pressed = key >= 'A' && key <= 'Z' ? char(key - 'A' + 'a') : char(key);
    if (m_requests.key && std::string_view("0123htr").find(pressed) != std::string_view::npos && !event.HasAnyModifiers()) {
        m_requests.key(pressed);
        return;
    }
    event.Skip();
}

} // namespace knotwork::sessions::ui
