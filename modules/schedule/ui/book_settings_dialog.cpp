#include "schedule/ui/book_settings_dialog.h"

#include <wx/intl.h>
#include <wx/notebook.h>
#include <wx/sizer.h>

#include "schedule/ui/opening_hours_page.h"
#include "schedule/ui/policy_page.h"
#include "schedule/ui/services_page.h"
#include "schedule/ui/time_off_page.h"

namespace knotwork::schedule::ui {

BookSettingsDialog::BookSettingsDialog(wxWindow* parent, BookSettingsService& settings,
                                       clients::ClientService& clients, const std::vector<SettingsPageFactory>& extra)
    : RecordDialog(parent, _("Appointment book settings"), "book-settings-dialog")
{
    const SettingsPageHooks hooks{markers(), [this](const std::function<void()>& action) { return attempt(action); }};
    m_pages = new wxNotebook(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "book-settings-pages");
    m_pages->AddPage(new ServicesPage(m_pages, settings, hooks), _("Services"));
    m_pages->AddPage(new OpeningHoursPage(m_pages, settings, hooks), _("Hours"));
    m_pages->AddPage(new TimeOffPage(m_pages, settings, clients, hooks), _("Time off"));
    m_pages->AddPage(new PolicyPage(m_pages, settings, hooks), _("Cancellation policy"));
    for (const SettingsPageFactory& page : extra)
        if (wxWindow* made = page.make(m_pages, hooks))
            m_pages->AddPage(made, page.title);

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(m_pages, wxSizerFlags(1).Expand());
    setBody(body, wxString());
    Fit();
    SetMinSize(GetSize());
    Centre();
}

} // namespace knotwork::schedule::ui
