#pragma once

#include <functional>
#include <map>
#include <wx/panel.h>

#include "clients/client_service.h"
#include "common/notifier.h"
#include "schedule/schedule_service.h"
#include "schedule/ui/week_calendar_ctrl.h"

class wxStaticText;

namespace knotwork::schedule::ui {

// The Schedule view: the week's title and the buttons to the previous, this and the next week
// above the week calendar. Opening a visit shows it with its actions (VisitDialog); a visit
// dragged to a new time is checked first (ScheduleService::previewMove) and, when the new time
// has issues, moved only once the therapist has read them and agreed.
class ScheduleView : public wxPanel {
public:
    struct Actions {
        std::function<void()> bookChanged;  // a visit was moved or its status changed
        std::function<void(const LocalTime& start)> book;  // a free time was double-clicked
    };

    ScheduleView(wxWindow* parent, Notifier& notifier, Actions actions);

    // The practice's book, or none while no practice is open; shows this week.
    void setServices(ScheduleService* schedule, clients::ClientService* clients);
    // Reads the week again (a client's name changed, a visit was booked elsewhere).
    void reload();
    void showWeekOf(const Date& day);
    void changeWeek(int weeks);
    const Date& monday() const { return m_monday; }

    void openVisit(AppointmentId id);
    // Moves the visit as the calendar asked; returns whether it was moved.
    bool moveVisit(AppointmentId id, const LocalTime& start, int minutes);

    WeekCalendarCtrl& calendar() const { return *m_calendar; }
    // Asks whether to move a visit to a time with these issues (one per line).
    using MoveQuestion = std::function<bool(const wxString& issues)>;
    void setMoveQuestion(MoveQuestion ask) { m_askToMove = std::move(ask); }

private:
    LocalTime now() const;
    const VisitBlock* blockOf(AppointmentId id) const;
    // The issues in words, the other visit named by its client, one per line.
    wxString issuesText(const std::vector<BookingIssue>& issues) const;
    bool askToMove(const wxString& issues);

    Notifier& m_notifier;
    Actions m_actions;
    ScheduleService* m_schedule = nullptr;
    clients::ClientService* m_clients = nullptr;
    Date m_monday{boost::gregorian::not_a_date_time};
    std::map<AppointmentId, VisitWords> m_words;
    wxStaticText* m_title;
    WeekCalendarCtrl* m_calendar;
    MoveQuestion m_askToMove;
};

} // namespace knotwork::schedule::ui
