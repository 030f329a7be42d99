#pragma once

#include <vector>
#include <wx/panel.h>

#include "schedule/appointment.h"
#include "schedule/working_week.h"
#include "schedule/ui/settings_page.h"

class wxButton;
class wxDatePickerCtrl;
class wxStaticText;
class wxTextCtrl;

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::ui {
class TextTable;
class TimeField;
}

namespace knotwork::schedule {
class BookSettingsService;
}

namespace knotwork::schedule::ui {

// Time off from today on in a native list, with Remove; under it, time off to add: from a day
// (and a time, for part of a day) to a day (and a time), with a reason. Adding says which booked
// visits fall in the time off: they stay booked until the therapist moves or cancels them.
class TimeOffPage : public wxPanel {
public:
    TimeOffPage(wxWindow* parent, BookSettingsService& settings, clients::ClientService& clients,
                SettingsPageHooks hooks);

    knotwork::ui::TextTable& table() { return *m_table; }
    // Saves the time off the fields show; false (and the problems marked) when it was refused.
    bool add();
    void remove();

private:
    void reload();
    TimeOff typed(Validator& problems) const;
    // "1 booked visit falls in this time off…", or nothing.
    void warnOf(const std::vector<Appointment>& visits);

    BookSettingsService& m_settings;
    clients::ClientService& m_clients;
    SettingsPageHooks m_hooks;
    std::vector<TimeOff> m_shown;
    knotwork::ui::TextTable* m_table;
    wxButton* m_remove;
    wxDatePickerCtrl* m_fromDay;
    knotwork::ui::TimeField* m_fromTime;
    wxDatePickerCtrl* m_toDay;
    knotwork::ui::TimeField* m_toTime;
    wxTextCtrl* m_reason;
    wxStaticText* m_warning;
};

} // namespace knotwork::schedule::ui
