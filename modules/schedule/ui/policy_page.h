#pragma once

#include <wx/panel.h>

#include "schedule/ui/settings_page.h"

class wxStaticText;
class wxTextCtrl;

namespace knotwork::ui {
class NumberField;
}

namespace knotwork::schedule {
class BookSettingsService;
}

namespace knotwork::schedule::ui {

// The cancellation policy clients accept at intake: its text, the notice below which a client's
// cancellation is late, and the fees for a late cancellation and a no-show. A changed wording
// gets a new version (shown), which the acceptances recorded from then on name.
class PolicyPage : public wxPanel {
public:
    PolicyPage(wxWindow* parent, BookSettingsService& settings, SettingsPageHooks hooks);

    // Saves what the page shows; false (and the problems marked) when it was refused.
    bool save();

private:
    void show();

    BookSettingsService& m_settings;
    SettingsPageHooks m_hooks;
    wxTextCtrl* m_text;
    knotwork::ui::NumberField* m_window;
    wxTextCtrl* m_lateFee;
    wxTextCtrl* m_noShowFee;
    wxStaticText* m_version;
};

} // namespace knotwork::schedule::ui
