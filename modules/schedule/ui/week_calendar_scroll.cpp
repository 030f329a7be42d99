// How the week calendar scrolls its hours under the row of days when the window is too short to
// show the whole day at a readable height.
#include <algorithm>

#include "schedule/ui/week_calendar_ctrl.h"

namespace knotwork::schedule::ui {

void WeekCalendarCtrl::updateScrollbar()
{
    const int visible = visibleHoursHeight();
    const int total = hoursHeight();
    m_scrollTop = std::clamp(m_scrollTop, 0, std::max(0, total - visible));
    SetScrollbar(wxVERTICAL, m_scrollTop, visible, total);
}

void WeekCalendarCtrl::scrollTo(int top)
{
    const int before = m_scrollTop;
    m_scrollTop = top;
    updateScrollbar();
    if (m_scrollTop != before)
        Refresh();
}

// This week opens with the time now a third of the way down; another week at the start of its
// first hour, the working day's start unless a visit begins earlier.
void WeekCalendarCtrl::scrollToOpening()
{
    int top = 0;
    if (!m_now.is_not_a_date_time() && m_now.date() >= m_layout.monday &&
        m_now.date() < m_layout.monday + boost::gregorian::days(7)) {
        const int minute = static_cast<int>(m_now.time_of_day().total_seconds() / 60);
        const int span = std::max(1, m_layout.lastMinute - m_layout.firstMinute);
        top = (minute - m_layout.firstMinute) * hoursHeight() / span - visibleHoursHeight() / 3;
    }
    m_scrollTop = top;
    updateScrollbar();
}

void WeekCalendarCtrl::scrollToShow(const wxRect& rect)
{
    const int margin = FromDIP(6);
    const int bodyBottom = GetClientSize().y;
    if (rect.GetTop() < headerHeight() || rect.height > bodyBottom - headerHeight())
        scrollTo(m_scrollTop - (headerHeight() - rect.GetTop()) - margin);
    else if (rect.GetBottom() > bodyBottom)
        scrollTo(m_scrollTop + rect.GetBottom() - bodyBottom + margin);
}

void WeekCalendarCtrl::onScroll(wxScrollWinEvent& event)
{
    const int line = leastHourHeight() / 4;
    const int page = visibleHoursHeight();
    const wxEventType type = event.GetEventType();
    if (type == wxEVT_SCROLLWIN_TOP)
        scrollTo(0);
    else if (type == wxEVT_SCROLLWIN_BOTTOM)
        scrollTo(hoursHeight());
    else if (type == wxEVT_SCROLLWIN_LINEUP)
        scrollTo(m_scrollTop - line);
    else if (type == wxEVT_SCROLLWIN_LINEDOWN)
        scrollTo(m_scrollTop + line);
    else if (type == wxEVT_SCROLLWIN_PAGEUP)
        scrollTo(m_scrollTop - page);
    else if (type == wxEVT_SCROLLWIN_PAGEDOWN)
        scrollTo(m_scrollTop + page);
    else
        scrollTo(event.GetPosition());
}

void WeekCalendarCtrl::onWheel(wxMouseEvent& event)
{
    if (event.GetWheelAxis() != wxMOUSE_WHEEL_VERTICAL || event.GetWheelDelta() == 0)
        return event.Skip();
    const int lines = event.GetWheelRotation() * event.GetLinesPerAction() / event.GetWheelDelta();
    scrollTo(m_scrollTop - lines * leastHourHeight() / 4);
}

} // namespace knotwork::schedule::ui
