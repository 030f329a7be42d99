#pragma once

#include <optional>
#include <vector>
#include <wx/panel.h>

#include "schedule/service.h"
#include "schedule/ui/settings_page.h"

class wxButton;

namespace knotwork::ui {
class TextTable;
}

namespace knotwork::schedule {
class BookSettingsService;
}

namespace knotwork::schedule::ui {

// The services visits are booked as, in a native list, with Add…, Edit… (or Enter on a row) and
// Retire: a retired service is no longer offered for new visits, its visits keep it.
class ServicesPage : public wxPanel {
public:
    ServicesPage(wxWindow* parent, BookSettingsService& settings, SettingsPageHooks hooks);

    knotwork::ui::TextTable& table() { return *m_table; }
    // Opens the service dialog for a new service or the chosen one (tests drive the dialog).
    void add();
    void edit();
    void retire();

private:
    void reload();
    void showChosen();
    // Shows `dialog` as the app does; reloads when it saved.
    void runDialog(const std::optional<Service>& service);

    BookSettingsService& m_settings;
    SettingsPageHooks m_hooks;
    std::vector<Service> m_services;
    knotwork::ui::TextTable* m_table;
    wxButton* m_edit;
    wxButton* m_retire;
};

} // namespace knotwork::schedule::ui
