#pragma once

#include <functional>
#include <wx/window.h>

#include "schedule/month_layout.h"

class wxDC;

namespace knotwork::schedule::ui {

// The month overview, drawn by hand: weeks down, days across (Monday first), each day with the
// visits booked on it and, apart, its cancellations and no-shows; closed days shaded, time off
// hatched, today ringed. The arrows move the chosen day (a day of another month shows that
// month), Page Up and Page Down go to the month before or after, Home to today, Enter or a
// double click opens the chosen day's week. A screen reader hears the chosen day with its counts:
// it is the control's name. The schedule view reads the book; the control reports requests.
class MonthCalendarCtrl : public wxWindow {
public:
    struct Requests {
        std::function<void(const Date&)> showMonthOf;  // a day outside the month shown was chosen
        std::function<void(const Date&)> openWeek;
    };

    MonthCalendarCtrl(wxWindow* parent, Requests requests);

    // Shows a month with `chosen` (a day of it) chosen.
    void setMonth(MonthLayout layout, const Date& today, const Date& chosen);
    const MonthLayout& layout() const { return m_layout; }
    const Date& chosenDay() const { return m_chosen; }
    // Chooses a day: of the month shown, or shows its month.
    void chooseDay(const Date& day);
    // Where a day is drawn (empty when the month does not show it), for tests that click it.
    wxRect rectOf(const Date& day) const;
    wxSize DoGetBestClientSize() const override;

private:
    int headerHeight() const;
    int weeks() const;
    std::optional<Date> dayAt(const wxPoint& point) const;
    const MonthDay* dayOf(const Date& date) const;

    void onPaint(wxPaintEvent& event);
    void paintDay(wxDC& dc, const MonthDay& day) const;
    void onKey(wxKeyEvent& event);
    void announce();

    Requests m_requests;
    MonthLayout m_layout;
    Date m_today{boost::gregorian::not_a_date_time};
    Date m_chosen{boost::gregorian::not_a_date_time};
};

// "Tuesday 8 December 2026, today: 5 visits, 2 cancelled, 1 no-show, time off: Dentist": a day
// of the month overview as a screen reader says it.
wxString describeMonthDay(const MonthDay& day, bool today);

} // namespace knotwork::schedule::ui
