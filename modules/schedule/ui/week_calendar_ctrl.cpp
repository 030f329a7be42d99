#include "schedule/ui/week_calendar_ctrl.h"

#include <algorithm>
#include <wx/dcbuffer.h>
#include <wx/intl.h>

#include "common/ui/accessibility.h"
#include "common/ui/focus_frame.h"
#include "common/ui/wx_time.h"

namespace knotwork::schedule::ui {

namespace {

constexpr int kGridMinutes = 15;
constexpr int kMinutesPerDay = 24 * 60;

int snapped(int minute)
{
    return (minute + kGridMinutes / 2) / kGridMinutes * kGridMinutes;
}

} // namespace

WeekCalendarCtrl::WeekCalendarCtrl(wxWindow* parent, Requests requests)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxWANTS_CHARS | wxFULL_REPAINT_ON_RESIZE | wxVSCROLL,
               "week-calendar"),
      m_requests(std::move(requests))
{
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(560, 300)));
    Bind(wxEVT_PAINT, &WeekCalendarCtrl::onPaint, this);
    Bind(wxEVT_KEY_DOWN, &WeekCalendarCtrl::onKey, this);
    Bind(wxEVT_LEFT_DOWN, &WeekCalendarCtrl::onLeftDown, this);
    Bind(wxEVT_MOTION, &WeekCalendarCtrl::onMotion, this);
    Bind(wxEVT_LEFT_UP, &WeekCalendarCtrl::onLeftUp, this);
    Bind(wxEVT_MOUSEWHEEL, &WeekCalendarCtrl::onWheel, this);
    for (const wxEventTypeTag<wxScrollWinEvent>& type :
         {wxEVT_SCROLLWIN_TOP, wxEVT_SCROLLWIN_BOTTOM, wxEVT_SCROLLWIN_LINEUP, wxEVT_SCROLLWIN_LINEDOWN,
          wxEVT_SCROLLWIN_PAGEUP, wxEVT_SCROLLWIN_PAGEDOWN, wxEVT_SCROLLWIN_THUMBTRACK, wxEVT_SCROLLWIN_THUMBRELEASE})
        Bind(type, &WeekCalendarCtrl::onScroll, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        updateScrollbar();
        event.Skip();
    });
    Bind(wxEVT_LEFT_DCLICK, [this](wxMouseEvent& event) {
        if (const auto hit = visitAt(event.GetPosition()); hit && m_requests.open)
            m_requests.open(m_layout.visits[*hit].visit.id);
        else if (const auto day = dayAt(event.GetX()); !hit && day && m_requests.book)
            m_requests.book(freeTimeAt(*day, event.GetY()));
    });
    Bind(wxEVT_MOUSE_CAPTURE_LOST, [this](wxMouseCaptureLostEvent&) {
        m_drag.reset();
        Refresh();
    });
    Bind(wxEVT_SET_FOCUS, [this](wxFocusEvent& event) {
        if (!m_selected)
            select(stepSelection(m_layout, std::nullopt, WeekStep::NextDay));
        event.Skip();
    });
    knotwork::ui::redrawOnFocus(*this);
    SetToolTip(_("Drag a visit to move it, drag its bottom edge to change its length, double-click a free time to "
                 "book a visit there. Keys: arrows move between visits, Enter opens one, Page Up and Page Down "
                 "change the week, Home goes to this week."));
    knotwork::ui::setAccessibleRole(*this, knotwork::ui::AccessibleRole::Panel);
    announce();
}

void WeekCalendarCtrl::setWeek(WeekLayout layout, std::map<AppointmentId, VisitWords> words, const LocalTime& now)
{
    const std::optional<AppointmentId> kept = selectedVisit();
    const bool anotherWeek = layout.monday != m_layout.monday;
    m_layout = std::move(layout);
    m_words = std::move(words);
    m_now = now;
    m_drag.reset();
    m_selected.reset();
    if (anotherWeek)
        scrollToOpening();
    else
        updateScrollbar();
    if (kept)
        selectVisit(*kept);
    announce();
    Refresh();
}

std::optional<AppointmentId> WeekCalendarCtrl::selectedVisit() const
{
    return m_selected ? std::optional(m_layout.visits[*m_selected].visit.id) : std::nullopt;
}

void WeekCalendarCtrl::selectVisit(AppointmentId id)
{
    const auto found = std::ranges::find_if(m_layout.visits, [id](const VisitBlock& block) { return block.visit.id == id; });
    if (found != m_layout.visits.end())
        select(static_cast<std::size_t>(found - m_layout.visits.begin()));
}

void WeekCalendarCtrl::select(std::optional<std::size_t> index)
{
    if (index == m_selected)
        return;
    m_selected = index;
    if (m_selected) {
        const VisitBlock& block = m_layout.visits[*m_selected];
        scrollToShow(blockRect(block.day, block.top, block.bottom, block.lane, block.lanes));
    }
    announce();
    Refresh();
}

void WeekCalendarCtrl::announce()
{
    using namespace knotwork::ui;
    if (m_selected) {
        const Appointment& visit = m_layout.visits[*m_selected].visit;
        const auto words = m_words.find(visit.id);
        setAccessibleName(*this, describeVisit(visit, words == m_words.end() ? VisitWords{} : words->second));
    } else {
        setAccessibleName(*this, m_layout.visits.empty() ? wxString(_("Week calendar, no visits this week"))
                                                          : wxString(_("Week calendar")));
    }
    setAccessibleDescription(*this, _("Week calendar. Up and Down move between the day's visits, Left and Right to "
                                      "the day before or after, Enter opens the visit, Page Up and Page Down change "
                                      "the week, Home goes to this week."));
}

// ---- Geometry ---------------------------------------------------------------------------------

std::vector<int> WeekCalendarCtrl::shownDays() const
{
    std::vector<int> days{0, 1, 2, 3, 4};
    for (int weekend : {5, 6}) {
        const bool booked = std::ranges::any_of(m_layout.visits, [&](const VisitBlock& b) { return b.day == weekend; });
        const bool closedAllDay = std::ranges::any_of(m_layout.closed, [&](const DayStretch& stretch) {
            return stretch.day == weekend && stretch.top <= m_layout.firstMinute && stretch.bottom >= m_layout.lastMinute;
        });
        if (booked || !closedAllDay)
            days.push_back(weekend);
    }
    return days;
}

int WeekCalendarCtrl::headerHeight() const
{
    return GetCharHeight() + FromDIP(12);
}

int WeekCalendarCtrl::gutterWidth() const
{
    return GetTextExtent(knotwork::ui::formatTime(TimeOfDay(23, 0, 0))).x + FromDIP(14);
}

int WeekCalendarCtrl::columnWidth() const
{
    return std::max(1, (GetClientSize().x - gutterWidth() - 1) / static_cast<int>(shownDays().size()));
}

int WeekCalendarCtrl::columnLeft(int day) const
{
    const std::vector<int> days = shownDays();
    const auto at = std::ranges::find(days, day);
    return at == days.end() ? -1 : gutterWidth() + static_cast<int>(at - days.begin()) * columnWidth();
}

int WeekCalendarCtrl::leastHourHeight() const
{
    return 2 * (GetCharHeight() + FromDIP(8));
}

int WeekCalendarCtrl::visibleHoursHeight() const
{
    return std::max(1, GetClientSize().y - headerHeight() - 1);
}

int WeekCalendarCtrl::hoursHeight() const
{
    const int span = m_layout.lastMinute - m_layout.firstMinute;
    return std::max(visibleHoursHeight(), span * leastHourHeight() / 60);
}

int WeekCalendarCtrl::yOf(int minute) const
{
    const int span = std::max(1, m_layout.lastMinute - m_layout.firstMinute);
    return headerHeight() + (minute - m_layout.firstMinute) * hoursHeight() / span - m_scrollTop;
}

int WeekCalendarCtrl::minuteAt(int y) const
{
    return m_layout.firstMinute +
           (y - headerHeight() + m_scrollTop) * (m_layout.lastMinute - m_layout.firstMinute) / hoursHeight();
}

std::optional<int> WeekCalendarCtrl::dayAt(int x) const
{
    const std::vector<int> days = shownDays();
    const int column = (x - gutterWidth()) / columnWidth();
    if (x < gutterWidth() || column >= static_cast<int>(days.size()))
        return std::nullopt;
    return days[column];
}

wxRect WeekCalendarCtrl::blockRect(int day, int top, int bottom, int lane, int lanes) const
{
    const int left = columnLeft(day);
    if (left < 0)
        return {};
    const int width = columnWidth() / std::max(1, lanes);
    const int gap = FromDIP(2);
    return wxRect(left + lane * width + gap, yOf(top) + 1, std::max(1, width - 2 * gap),
                  std::max(1, yOf(bottom) - yOf(top) - 2));
}

LocalTime WeekCalendarCtrl::freeTimeAt(int day, int y) const
{
    const int minute = std::clamp(minuteAt(y) / kGridMinutes * kGridMinutes, 0, kMinutesPerDay - kGridMinutes);
    return localTimeOn(m_layout.monday + boost::gregorian::days(day), boost::posix_time::minutes(minute));
}

wxRect WeekCalendarCtrl::rectOf(AppointmentId id) const
{
    for (const VisitBlock& block : m_layout.visits)
        if (block.visit.id == id)
            return blockRect(block.day, block.top, block.bottom, block.lane, block.lanes);
    return {};
}

std::optional<std::size_t> WeekCalendarCtrl::visitAt(const wxPoint& point) const
{
    for (std::size_t i = m_layout.visits.size(); i-- > 0;) {
        const VisitBlock& block = m_layout.visits[i];
        if (blockRect(block.day, block.top, block.bottom, block.lane, block.lanes).Contains(point))
            return i;
    }
    return std::nullopt;
}

wxSize WeekCalendarCtrl::DoGetBestClientSize() const
{
    const int hours = std::max(1, (m_layout.lastMinute - m_layout.firstMinute) / 60);
    return wxSize(gutterWidth() + 7 * FromDIP(90), headerHeight() + hours * FromDIP(40));
}

// ---- Keys and the mouse -----------------------------------------------------------------------

void WeekCalendarCtrl::onKey(wxKeyEvent& event)
{
    const auto step = [this](WeekStep direction) { select(stepSelection(m_layout, m_selected, direction)); };
    const auto week = [this](int weeks) {
        if (m_requests.changeWeek)
            m_requests.changeWeek(weeks);
    };
    switch (event.GetKeyCode()) {
    case WXK_UP: return step(WeekStep::EarlierSameDay);
    case WXK_DOWN: return step(WeekStep::LaterSameDay);
    case WXK_LEFT: return step(WeekStep::PreviousDay);
    case WXK_RIGHT: return step(WeekStep::NextDay);
    case WXK_PAGEUP: return week(-1);
    case WXK_PAGEDOWN: return week(1);
    case WXK_HOME: return week(0);
    case WXK_RETURN:
    case WXK_NUMPAD_ENTER:
        if (const auto id = selectedVisit(); id && m_requests.open)
            m_requests.open(*id);
        return;
    default:
        event.Skip();  // Tab and the menus' shortcuts go on
    }
}

void WeekCalendarCtrl::onLeftDown(wxMouseEvent& event)
{
    SetFocus();
    const auto hit = visitAt(event.GetPosition());
    select(hit ? hit : m_selected);
    if (!hit)
        return;
    const VisitBlock& block = m_layout.visits[*hit];
    const wxRect rect = blockRect(block.day, block.top, block.bottom, block.lane, block.lanes);
    Drag drag{*hit, event.GetY() >= rect.GetBottom() - FromDIP(5), 0, block.day, block.top, block.bottom};
    drag.grabOffset = minuteAt(event.GetY()) - block.top;
    m_drag = drag;
    CaptureMouse();
}

void WeekCalendarCtrl::onMotion(wxMouseEvent& event)
{
    if (!m_drag) {
        const auto hit = visitAt(event.GetPosition());
        const bool onEdge = hit && event.GetY() >= rectOf(m_layout.visits[*hit].visit.id).GetBottom() - FromDIP(5);
        SetCursor(onEdge ? wxCursor(wxCURSOR_SIZENS) : hit ? wxCursor(wxCURSOR_HAND) : wxNullCursor);
        return;
    }
    // Held above or below the hours in view: they scroll on towards it.
    if (event.GetY() < headerHeight())
        scrollTo(m_scrollTop - leastHourHeight() / 4);
    else if (event.GetY() > GetClientSize().y)
        scrollTo(m_scrollTop + leastHourHeight() / 4);
    Drag& drag = *m_drag;
    const VisitBlock& block = m_layout.visits[drag.visit];
    if (drag.resizing) {
        drag.bottom = std::clamp(snapped(minuteAt(event.GetY())), block.top + kGridMinutes, kMinutesPerDay);
    } else {
        const int length = block.bottom - block.top;
        drag.day = dayAt(event.GetX()).value_or(drag.day);
        drag.top = std::clamp(snapped(minuteAt(event.GetY()) - drag.grabOffset), 0, kMinutesPerDay - length);
        drag.bottom = drag.top + length;
    }
    Refresh();
}

void WeekCalendarCtrl::onLeftUp(wxMouseEvent&)
{
    if (!m_drag)
        return;
    const Drag drag = *m_drag;
    m_drag.reset();
    if (HasCapture())
        ReleaseMouse();
    Refresh();
    const VisitBlock& block = m_layout.visits[drag.visit];
    if ((drag.day == block.day && drag.top == block.top && drag.bottom == block.bottom) || !m_requests.move)
        return;
    const LocalTime start =
        localTimeOn(m_layout.monday + boost::gregorian::days(drag.day), boost::posix_time::minutes(drag.top));
    m_requests.move(block.visit.id, start, drag.bottom - drag.top);
}

void WeekCalendarCtrl::onPaint(wxPaintEvent&)
{
    wxAutoBufferedPaintDC dc(this);
    paintGrid(dc);
    for (const VisitBlock& block : m_layout.visits)
        paintVisit(dc, block);
    paintNow(dc);
    paintDrag(dc);
    paintHeader(dc);
    knotwork::ui::drawFocusFrame(dc, *this);
}

} // namespace knotwork::schedule::ui
