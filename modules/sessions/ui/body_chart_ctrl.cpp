#include "sessions/ui/body_chart_ctrl.h"

#include <algorithm>
#include <string_view>
#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include "common/ui/accessibility.h"
#include "common/ui/focus_frame.h"
#include "common/ui/wx_canvas.h"
#include "common/ui/wx_text.h"
#include "sessions/palpation_text.h"

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
        event.Skip();
    });
    knotwork::ui::redrawOnFocus(*this);
    SetToolTip(_("Click a muscle to record what you palpated. Keys: arrows move, 0–3 tenderness, H hypertonic, "
                 "T trigger point, R reproduces the headache, Delete clears."));
    knotwork::ui::setAccessibleRole(*this, knotwork::ui::AccessibleRole::Panel);
    announce();
}

void BodyChartCtrl::announce()
{
    using namespace knotwork::ui;
    // The name is the muscle under the cursor with its findings, so every move is heard.
    setAccessibleName(*this, m_state.selected ? toWx(siteFindingText(*m_state.selected, findingOf(*m_state.selected)))
                                              : wxString(_("Body chart")));
    wxString help = _("Body chart. Up and Down move between the muscles, Left and Right to the other side, "
                      "Home and End to the first and the last; 0 to 3 set the tenderness, H hypertonic, "
                      "T trigger point, R reproduces the headache, Delete clears.");
    if (m_state.muted)
        help = _("Carried forward from the last note: changing a finding confirms them.") + " " + help;
    setAccessibleDescription(*this, help);
}

const PalpationFinding* BodyChartCtrl::findingOf(const MuscleSite& site) const
{
    const auto found = std::ranges::find(m_state.findings, site, &PalpationFinding::site);
    return found == m_state.findings.end() ? nullptr : &*found;
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
    announce();
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
    knotwork::ui::drawFocusFrame(*context, *this);
}

void BodyChartCtrl::onMotion(wxMouseEvent& event)
{
    const auto site = chart().siteAt({double(event.GetX()), double(event.GetY())});
    if (site != m_state.hovered) {
        m_state.hovered = site;
        SetCursor(site ? wxCursor(wxCURSOR_HAND) : wxNullCursor);
        if (site)
            UnsetToolTip(), SetToolTip(knotwork::ui::toWx(siteText(*site)));
        Refresh();
    }
}

void BodyChartCtrl::onClick(wxMouseEvent& event)
{
    SetFocus();
    if (const auto site = chart().siteAt({double(event.GetX()), double(event.GetY())}); site && m_requests.select)
        m_requests.select(*site);
}

void BodyChartCtrl::moveTo(std::size_t index)
{
    const std::vector<MuscleSite> sites = BodyChart::sites();
    if (m_requests.select && index < sites.size())
        m_requests.select(sites[index]);
}

std::size_t BodyChartCtrl::cursor() const
{
    const std::vector<MuscleSite> sites = BodyChart::sites();
    const auto at = m_state.selected ? std::ranges::find(sites, *m_state.selected) : sites.end();
    return at == sites.end() ? 0 : static_cast<std::size_t>(at - sites.begin());
}

void BodyChartCtrl::moveAcross(int direction)
{
    if (!m_state.selected)
        return moveTo(0);
    const MuscleSite other{m_state.selected->muscle,
                           m_state.selected->side == BodySide::Left ? BodySide::Right : BodySide::Left};
    const BodyChart drawn = chart();
    if ((drawn.centreOf(other).x - drawn.centreOf(*m_state.selected).x) * direction > 0 && m_requests.select)
        m_requests.select(other);
}

void BodyChartCtrl::onKey(wxKeyEvent& event)
{
    const int key = event.GetKeyCode();
    const std::size_t last = BodyChart::sites().size() - 1;
    switch (key) {
    case WXK_DOWN: moveTo(m_state.selected ? std::min(cursor() + 1, last) : 0); return;
    case WXK_UP: moveTo(cursor() > 0 ? cursor() - 1 : 0); return;
    case WXK_RIGHT: moveAcross(1); return;
    case WXK_LEFT: moveAcross(-1); return;
    case WXK_HOME: moveTo(0); return;
    case WXK_END: moveTo(last); return;
    default: break;
    }
    if (key == WXK_TAB) {
        // Tab leaves the chart as it leaves any control.
        Navigate(event.ShiftDown() ? wxNavigationKeyEvent::IsBackward : wxNavigationKeyEvent::IsForward);
        return;
    }
    if (const char pressed = findingKey(event); pressed && m_requests.key) {
        m_requests.key(pressed);
        return;
    }
    event.Skip();
}

char BodyChartCtrl::findingKey(const wxKeyEvent& event)
{
    const int key = event.GetKeyCode();
    if (key == WXK_DELETE || key == WXK_BACK)
        return 'x';
    if (event.HasAnyModifiers())
        return 0;
    const char pressed = key >= 'A' && key <= 'Z' ? char(key - 'A' + 'a') : char(key);
    return key < 128 && std::string_view("0123htr").find(pressed) != std::string_view::npos ? pressed : 0;
}

} // namespace knotwork::sessions::ui
