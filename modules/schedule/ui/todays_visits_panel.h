#pragma once

#include <functional>
#include <map>
#include <vector>
#include <wx/panel.h>

#include "clients/client_service.h"
#include "common/notifier.h"
#include "schedule/schedule_service.h"
#include "schedule/ui/schedule_text.h"

class wxButton;
class wxStaticText;

namespace knotwork::ui {
class TextTable;
}

namespace knotwork::schedule::ui {

// "Today's appointments" on the Today view: the day's visits in order in a native list (time,
// client, service, status, what to keep in mind, the free time before the next client), who comes
// next and when, and Start note for the chosen visit (also Enter or a double click on it); with a
// check-out, Check out beside it for a visit that took place or was missed.
class TodaysVisitsPanel : public wxPanel {
public:
    using VisitAction = std::function<void(const Appointment&)>;

    TodaysVisitsPanel(wxWindow* parent, Notifier& notifier, VisitAction startNote, VisitAction checkOut = {});

    // Reads the day again (none without a practice).
    void reload(ScheduleService* schedule, clients::ClientService* clients);
    const std::vector<Appointment>& visits() const { return m_visits; }
    knotwork::ui::TextTable& list() const { return *m_list; }
    void startNoteForSelected();
    void checkOutSelected();

private:
    void showRows(const LocalTime& now);
    void enableStart();

    Notifier& m_notifier;
    VisitAction m_startNote;
    VisitAction m_checkOut;
    std::vector<Appointment> m_visits;  // today's, holding their time, in order
    std::map<AppointmentId, VisitWords> m_words;
    wxStaticText* m_next;
    knotwork::ui::TextTable* m_list;
    wxButton* m_start;
    wxButton* m_checkOutButton;
};

} // namespace knotwork::schedule::ui
