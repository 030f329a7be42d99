#pragma once

#include <memory>
#include <wx/panel.h>

#include "schedule/ui/settings_page.h"

class wxCheckBox;
class wxChoice;
class wxTextCtrl;

namespace knotwork::app {
class PracticeContext;
}

namespace knotwork::mail {
class PasswordStore;
}

namespace knotwork::ui {
class NumberField;
}

namespace knotwork::gui {

// The appointment book settings' Reminder email page: whether reminders go out the day before,
// and the therapist's own mail account (server, port, security, user name, sender) with its
// password, kept in the desktop keyring or a file only its owner can read, never in the practice
// file. The reminder's words are on the next page (reminder_message_page.h).
class ReminderMailPage : public wxPanel {
public:
    ReminderMailPage(wxWindow* parent, app::PracticeContext& practice, schedule::ui::SettingsPageHooks hooks,
                     std::unique_ptr<mail::PasswordStore> passwords);
    ~ReminderMailPage() override;

    // Saves what the page shows; false (and the problems marked) when it was refused.
    bool save();

private:

    app::PracticeContext& m_practice;
    schedule::ui::SettingsPageHooks m_hooks;
    std::unique_ptr<mail::PasswordStore> m_passwords;
    wxCheckBox* m_enabled;
    wxTextCtrl* m_host;
    knotwork::ui::NumberField* m_port;
    wxChoice* m_security;
    wxTextCtrl* m_username;
    wxTextCtrl* m_password;
    wxTextCtrl* m_fromAddress;
    wxTextCtrl* m_fromName;
};

} // namespace knotwork::gui
