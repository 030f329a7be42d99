#pragma once

#include <functional>
#include <map>
#include <wx/panel.h>

#include "clients/client_service.h"
#include "common/notifier.h"
#include "schedule/schedule_service.h"
#include "schedule/ui/month_calendar_ctrl.h"
#include "schedule/ui/waitlist_dialog.h"
#include "schedule/ui/week_calendar_ctrl.h"

class wxButton;
class wxRadioButton;
class wxSimplebook;
class wxStaticText;

namespace knotwork::ui {
class WrappingText;
}

namespace knotwork::schedule::ui {

// Which visits a drag of a series' visit moves; None: the person cancelled the move.
enum class SeriesScope { ThisVisit, WithLaterVisits, None };

// The Schedule view: the week's title and the buttons to the previous, this and the next week
// above the week calendar, or the same for a month above the month overview (Week and Month
// switch between them; Enter on a day of the month opens its week), and the Waitlist. Opening a
// visit shows it with its actions (VisitDialog), and a visit cancelled there offers its time to
// the waitlist; a visit dragged to a new time is checked first (ScheduleService::previewMove)
// and, when the new time has issues, moved only once the therapist has read them and agreed.
class ScheduleView : public wxPanel {
public:
    struct Actions {
        std::function<void()> bookChanged;  // a visit was moved or its status changed
        std::function<void(const LocalTime& start)> book;  // a free time was double-clicked
        std::function<void(const Appointment&)> checkOut;  // Check out… in the visit's dialog
    };

    ScheduleView(wxWindow* parent, Notifier& notifier, Actions actions);

    // The practice's book, or none while no practice is open; shows this week.
    void setServices(ScheduleService* schedule, clients::ClientService* clients);
    // Reads the week again (a client's name changed, a visit was booked elsewhere).
    void reload();
    void showWeekOf(const Date& day);
    void changeWeek(int weeks);
    const Date& monday() const { return m_monday; }
    // The month overview of the month `day` falls in, `day` chosen.
    void showMonthOf(const Date& day);
    bool showsMonth() const;
    // The week or the month before (-1), after (+1), or this one (0), whichever is shown.
    void step(int count);

    // Opens the visit's dialog; a visit cancelled there offers its time to the waitlist.
    void openVisit(AppointmentId id);
    void showWaitlist();
    // Moves the visit as the calendar asked; returns whether it was moved.
    bool moveVisit(AppointmentId id, const LocalTime& start, int minutes);

    WeekCalendarCtrl& calendar() const { return *m_calendar; }
    MonthCalendarCtrl& month() const { return *m_month; }
    // Asks whether to move a visit to a time with these issues (one per line).
    using MoveQuestion = std::function<bool(const wxString& issues)>;
    void setMoveQuestion(MoveQuestion ask) { m_askToMove = std::move(ask); }
    // Asks whether a series' visit moves alone or with its later visits (`laterVisits` of them).
    using SeriesQuestion = std::function<SeriesScope(int laterVisits)>;
    void setSeriesQuestion(SeriesQuestion ask) { m_askSeriesScope = std::move(ask); }
    // Asks whom to offer the time a cancellation freed (waitlist_dialog.h).
    void setOfferQuestion(OfferQuestion ask) { m_askWhomToOffer = std::move(ask); }

private:
    enum class Shown { Week, Month };
    void show(Shown shown);
    void reloadWeek();
    void reloadMonth();
    LocalTime now() const;
    const VisitBlock* blockOf(AppointmentId id) const;
    // The issues in words, the other visit named by its client, one per line.
    wxString issuesText(const std::vector<BookingIssue>& issues) const;
    bool askToMove(const wxString& issues);
    SeriesScope askSeriesScope(int laterVisits);
    // How many booked visits of the visit's series come after it (none outside a series).
    int laterVisitsOfSeries(const Appointment& visit) const;

    Notifier& m_notifier;
    Actions m_actions;
    ScheduleService* m_schedule = nullptr;
    clients::ClientService* m_clients = nullptr;
    Date m_monday{boost::gregorian::not_a_date_time};
    Date m_monthDay{boost::gregorian::not_a_date_time};  // the month overview's chosen day
    std::map<AppointmentId, VisitWords> m_words;
    wxStaticText* m_title;
    wxRadioButton* m_showWeek;
    wxRadioButton* m_showMonth;
    wxButton* m_previous;
    wxButton* m_this;
    wxButton* m_next;
    wxSimplebook* m_pages;
    WeekCalendarCtrl* m_calendar;
    MonthCalendarCtrl* m_month;
    knotwork::ui::WrappingText* m_keys;
    MoveQuestion m_askToMove;
    SeriesQuestion m_askSeriesScope;
    OfferQuestion m_askWhomToOffer = askWhomToOffer;
};

} // namespace knotwork::schedule::ui
