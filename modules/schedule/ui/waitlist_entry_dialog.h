#pragma once

#include "common/ui/record_dialog.h"
#include "schedule/schedule_service.h"

class wxChoice;
class wxDatePickerCtrl;
class wxTextCtrl;

namespace knotwork::ui {
class OptionalDateField;
}

namespace knotwork::schedule::ui {

// Puts one client on the waitlist: the service they would like, the first and (if any) the last
// day that suits, and what suits ("mornings, not Wednesdays"). Saved through
// ScheduleService::addToWaitlist; a cancellation that frees a time it fits then offers it.
class WaitlistEntryDialog : public knotwork::ui::RecordDialog {
public:
    WaitlistEntryDialog(wxWindow* parent, ScheduleService& service, ClientId client, const wxString& clientName);

    wxChoice& serviceChoice() const { return *m_service; }
    wxTextCtrl& preferences() const { return *m_preferences; }
    knotwork::ui::OptionalDateField& until() const { return *m_until; }

protected:
    void save() override;

private:
    ScheduleService& m_schedule;
    ClientId m_client;
    std::vector<Service> m_services;  // the offered ones, as the choice lists them
    wxChoice* m_service;
    wxDatePickerCtrl* m_from;
    knotwork::ui::OptionalDateField* m_until;
    wxTextCtrl* m_preferences;
};

} // namespace knotwork::schedule::ui
