#pragma once

#include <wx/panel.h>

#include "schedule/ui/settings_page.h"

class wxTextCtrl;

namespace knotwork::app {
class PracticeContext;
}

namespace knotwork::gui {

// The appointment book settings' Reminder message page: the template of the reminder emailed the
// day before a visit (only the placeholders reminder_message.h lists: nothing clinical), with a
// preview of the message a client would get, kept up to date as the therapist types.
class ReminderMessagePage : public wxPanel {
public:
    ReminderMessagePage(wxWindow* parent, app::PracticeContext& practice, schedule::ui::SettingsPageHooks hooks);

    // Saves what the page shows; false (and the problems marked) when it was refused.
    bool save();
    wxString preview() const;

private:
    void showPreview();

    app::PracticeContext& m_practice;
    schedule::ui::SettingsPageHooks m_hooks;
    wxTextCtrl* m_subject;
    wxTextCtrl* m_body;
    wxTextCtrl* m_preview;
};

} // namespace knotwork::gui
