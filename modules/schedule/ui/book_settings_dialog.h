#pragma once

#include <vector>

#include "common/ui/record_dialog.h"
#include "schedule/ui/settings_page.h"

class wxNotebook;

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::schedule {
class BookSettingsService;
}

namespace knotwork::schedule::ui {

// The appointment book's settings (File › Appointment book settings…), a page each: the
// services, the opening hours and daily cap, time off, and the cancellation policy. Each page
// saves through its own button, by BookSettingsService's rules; ShowModal() gives wxID_OK when
// anything was saved, so the book's screens read the settings again.
class BookSettingsDialog : public knotwork::ui::RecordDialog {
public:
    // `extra` pages follow the book's own.
    BookSettingsDialog(wxWindow* parent, BookSettingsService& settings, clients::ClientService& clients,
                       const std::vector<SettingsPageFactory>& extra = {});

    wxNotebook& pages() { return *m_pages; }

private:
    void save() override {}  // no Save of its own: the pages save

    wxNotebook* m_pages;
};

} // namespace knotwork::schedule::ui
