#pragma once

#include <wx/dialog.h>

#include "common/notifier.h"
#include "schedule/schedule_service.h"
#include "schedule/ui/schedule_text.h"

class wxCheckBox;

namespace knotwork::schedule::ui {

// One visit opened from the calendar: when, who, what, its status, badges and what is wrong with
// it on the book, with what can happen to it next: the client arrived, did not come, or the
// visit is called off by the client or the therapist (with the reason), a visit of a series
// with its later ones if the person ticks so. Each action is saved at once through the
// ScheduleService and closes the dialog with wxID_OK; Close changes nothing. A visit that took
// place or was missed can be checked out.
class VisitDialog : public wxDialog {
public:
    // With `offerCheckOut`, Check out… closes the dialog with kCheckOut for the caller to check the
    // visit out (billing's dialog).
    VisitDialog(wxWindow* parent, ScheduleService& service, Notifier& notifier, const Appointment& visit,
                const VisitWords& words, const wxString& issues, bool offerCheckOut = false);

    static constexpr int kCheckOut = wxID_HIGHEST + 1;

    // Asks for the reason a visit is called off; empty: the person thought better of it.
    using ReasonQuestion = std::function<wxString(wxWindow* parent)>;
    void setReasonQuestion(ReasonQuestion ask) { m_askReason = std::move(ask); }

private:
    void addDetail(wxSizer& grid, const wxString& label, const wxString& value, const char* name);
    void act(const wxString& failure, const std::function<void()>& action);
    void cancelBy(CancelledBy by);

    ScheduleService& m_service;
    Notifier& m_notifier;
    Appointment m_visit;
    ReasonQuestion m_askReason;
    wxCheckBox* m_restOfSeries = nullptr;  // only for an upcoming visit of a series
};

} // namespace knotwork::schedule::ui
