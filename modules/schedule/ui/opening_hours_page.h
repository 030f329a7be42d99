#pragma once

#include <array>
#include <wx/panel.h>

#include "schedule/ui/settings_page.h"

class wxTextCtrl;

namespace knotwork::ui {
class NumberField;
}

namespace knotwork::schedule {
class BookSettingsService;
}

namespace knotwork::schedule::ui {

// The working week: each weekday's opening hours on one line ("09:00–12:00, 13:00–17:00",
// empty for closed) and the most visits in a day, saved together.
class OpeningHoursPage : public wxPanel {
public:
    OpeningHoursPage(wxWindow* parent, BookSettingsService& settings, SettingsPageHooks hooks);

    // Saves what the page shows; false (and the problems marked) when it was refused.
    bool save();

private:
    BookSettingsService& m_settings;
    SettingsPageHooks m_hooks;
    std::array<wxTextCtrl*, 7> m_days{};  // by boost's weekday number, 0 Sunday
    knotwork::ui::NumberField* m_cap;
};

} // namespace knotwork::schedule::ui
