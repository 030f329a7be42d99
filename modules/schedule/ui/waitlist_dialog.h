#pragma once

#include <functional>
#include <vector>
#include <wx/arrstr.h>
#include <wx/dialog.h>

#include "clients/client_service.h"
#include "common/notifier.h"
#include "schedule/schedule_service.h"

namespace knotwork::ui {
class TextTable;
}

class wxButton;
class wxListBox;

namespace knotwork::schedule::ui {

// The waitlist, from the Schedule view: the open entries, oldest first, in a native list (client,
// service, the days that suit, what suits, when added); Close entry closes the chosen one once it
// is no longer wanted. Below, a client found by name (the first matches of the practice's search)
// is added with Add to waitlist… (WaitlistEntryDialog).
class WaitlistDialog : public wxDialog {
public:
    WaitlistDialog(wxWindow* parent, ScheduleService& schedule, clients::ClientService& clients, Notifier& notifier);

    const std::vector<WaitlistEntry>& entries() const { return m_entries; }
    knotwork::ui::TextTable& list() const { return *m_list; }
    void closeSelected();
    // Lists the active clients whose name, phone or email matches `text`.
    void findClients(const wxString& text);
    const std::vector<clients::ClientListRow>& matches() const { return m_matches; }
    void addChosenClient();
    // Whether an entry was closed while the dialog was open.
    bool changed() const { return m_changed; }

private:
    void reload();

    ScheduleService& m_schedule;
    clients::ClientService& m_clients;
    Notifier& m_notifier;
    std::vector<WaitlistEntry> m_entries;
    knotwork::ui::TextTable* m_list;
    wxButton* m_close;
    std::vector<clients::ClientListRow> m_matches;
    wxListBox* m_found;
    wxButton* m_add;
    bool m_changed = false;
};

// Asks whom to offer a freed time to: `message` says the time, `choices` the entries; returns the
// index chosen, or -1 for nobody. A list to choose from (wxSingleChoiceDialog) by default.
using OfferQuestion = std::function<int(wxWindow* parent, const wxString& message, const wxArrayString& choices)>;
int askWhomToOffer(wxWindow* parent, const wxString& message, const wxArrayString& choices);

// After a visit's dialog: when the visit was cancelled and waitlist entries fit the time `freed`
// left, asks which client to offer it to ("Offer this time to…") and books the one chosen
// (ScheduleService::offerFreedTime). Returns whether a client was booked.
bool offerFreedTime(wxWindow* parent, ScheduleService& schedule, clients::ClientService& clients, Notifier& notifier,
                    AppointmentId freed, const OfferQuestion& ask = askWhomToOffer);

} // namespace knotwork::schedule::ui
