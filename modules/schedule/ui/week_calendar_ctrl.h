#pragma once

#include <functional>
#include <map>
#include <optional>
#include <wx/window.h>

#include "schedule/ui/schedule_text.h"
#include "schedule/week_layout.h"

class wxDC;

namespace knotwork::schedule::ui {

// The week as a calendar drawn by hand: hours down the side, days across (the weekend only when
// it is open or booked), each visit a block with the client's short name, the service and its
// badges; buffers and time off hatched, closed hours shaded, conflicts outlined in red, and a line
// at the present time. Up and Down move the selection through the day's visits, Left and Right
// to the nearest visit of the day before or after, Enter opens it, Page Up and Page Down change
// the week, Home goes to this week. A click selects, a double click opens, dragging a visit
// moves it (on a quarter-hour grid, to another day too) and dragging its bottom edge changes its
// length; a double click on a free time asks to book a visit there (on the quarter hour). A
// screen reader hears the selected visit in full: it is the control's name.
// An hour is never drawn shorter than a half-hour visit needs for its time and client's name: on
// a small screen the hours scroll under the fixed row of days, opening at the time now (this
// week) or the start of the day, and the selection is kept in view.
// The schedule view owns the book; the control reports requests.
class WeekCalendarCtrl : public wxWindow {
public:
    struct Requests {
        std::function<void(AppointmentId)> open;
        std::function<void(AppointmentId, const LocalTime& start, int minutes)> move;
        std::function<void(int weeks)> changeWeek;  // -1, +1, or 0 for this week
        std::function<void(const LocalTime& start)> book;  // a double click on a free time
    };

    WeekCalendarCtrl(wxWindow* parent, Requests requests);

    // Shows a week; the selection stays on the same visit while it is still in the week.
    void setWeek(WeekLayout layout, std::map<AppointmentId, VisitWords> words, const LocalTime& now);
    const WeekLayout& layout() const { return m_layout; }
    std::optional<AppointmentId> selectedVisit() const;
    void selectVisit(AppointmentId id);
    // Where a visit is drawn now (empty when it is not in the week), for tests that drag it.
    wxRect rectOf(AppointmentId id) const;
    wxSize DoGetBestClientSize() const override;
    // The shortest an hour is drawn: a half-hour visit holds one line with its time and client.
    int leastHourHeight() const;
    // How far the hours are scrolled, in pixels from the first row.
    int scrolledBy() const { return m_scrollTop; }

private:
    struct Drag {
        std::size_t visit = 0;
        bool resizing = false;
        int grabOffset = 0;  // minutes from the visit's top to where it was grabbed
        int day = 0;
        int top = 0;
        int bottom = 0;
    };

    // Geometry of the columns and rows at the present size.
    std::vector<int> shownDays() const;
    int headerHeight() const;
    int gutterWidth() const;
    int columnWidth() const;
    int columnLeft(int day) const;
    // The hours below the row of days: as tall as the window shows, or taller, then scrolled.
    int visibleHoursHeight() const;
    int hoursHeight() const;
    int yOf(int minute) const;
    int minuteAt(int y) const;
    std::optional<int> dayAt(int x) const;
    // The quarter hour of `day` a double click at height `y` falls in.
    LocalTime freeTimeAt(int day, int y) const;
    wxRect blockRect(int day, int top, int bottom, int lane, int lanes) const;
    std::optional<std::size_t> visitAt(const wxPoint& point) const;

    // Scrolling (week_calendar_scroll.cpp).
    void scrollTo(int top);
    void scrollToOpening();
    void scrollToShow(const wxRect& rect);
    void updateScrollbar();
    void onScroll(wxScrollWinEvent& event);
    void onWheel(wxMouseEvent& event);

    void onPaint(wxPaintEvent& event);
    void paintGrid(wxDC& dc) const;
    void paintHeader(wxDC& dc) const;
    void paintVisit(wxDC& dc, const VisitBlock& block) const;
    void paintDrag(wxDC& dc) const;
    void paintNow(wxDC& dc) const;
    void onKey(wxKeyEvent& event);
    void onLeftDown(wxMouseEvent& event);
    void onMotion(wxMouseEvent& event);
    void onLeftUp(wxMouseEvent& event);
    void select(std::optional<std::size_t> index);
    void announce();

    Requests m_requests;
    WeekLayout m_layout;
    std::map<AppointmentId, VisitWords> m_words;
    LocalTime m_now{boost::posix_time::not_a_date_time};
    std::optional<std::size_t> m_selected;
    std::optional<Drag> m_drag;
    int m_scrollTop = 0;
};

} // namespace knotwork::schedule::ui
