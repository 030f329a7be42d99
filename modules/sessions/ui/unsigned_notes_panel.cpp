#include "sessions/ui/unsigned_notes_panel.h"

#include <algorithm>
#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "clients/ui/report_errors.h"
#include "clients/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "sessions/ui/session_text.h"

namespace knotwork::sessions::ui {

UnsignedNotesPanel::UnsignedNotesPanel(wxWindow* parent, Notifier& notifier, OpenNote open)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "unsigned-notes"),
      m_notifier(notifier),
      m_open(std::move(open))
{
    auto* heading = new wxStaticText(this, wxID_ANY, _("Unsigned notes"));
    heading->SetFont(GetFont().Scaled(1.2f).Bold());
    auto* explanation = new wxStaticText(this, wxID_ANY,
                                         _("Drafts are not part of the record until they are signed. Finish them "
                                           "while the visit is fresh."));
    m_rows = new wxFlexGridSizer(3, FromDIP(wxSize(16, 6)));
    m_rows->AddGrowableCol(1);
    m_more = new wxStaticText(this, wxID_ANY, wxString());
    m_more->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(heading);
    column->AddSpacer(FromDIP(4));
    column->Add(explanation);
    column->AddSpacer(FromDIP(8));
    column->Add(m_rows, wxSizerFlags().Expand());
    column->Add(m_more, wxSizerFlags().Border(wxTOP, FromDIP(6)));
    SetSizer(column);
}

void UnsignedNotesPanel::reload(SessionService* service)
{
    m_drafts.clear();
    if (service)
        clients::ui::reportErrors(m_notifier, _("Could not list the unsigned notes"),
                                  [&] { m_drafts = service->store().drafts(); });

    Freeze();
    m_rows->Clear(true);  // destroys the rows' windows; destroying them one by one in a loop
                          // would change the sizer's list while it is being walked
    const std::size_t shown = std::min(m_drafts.size(), kShown);
    for (std::size_t i = 0; i < shown; ++i) {
        const DraftRef& draft = m_drafts[i];
        auto* name = new wxStaticText(this, wxID_ANY, knotwork::ui::toWx(draft.clientName));
        name->SetFont(name->GetFont().Bold());
        auto* when = new wxStaticText(this, wxID_ANY,
                                      wxString::Format(_("visit of %s · last saved %s"),
                                                       clients::ui::formatDate(draft.visitDate),
                                                       momentText(draft.savedAt)));
        when->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        auto* resume = new wxButton(this, wxID_ANY, _("Continue"), wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, wxString::Format("continue-note-%lld", draft.id));
        resume->SetToolTip(wxString::Format(_("Open the note of %s in the editor"), knotwork::ui::toWx(draft.clientName)));
        // After the click is handled: opening the note may rebuild these rows, this button too.
        resume->Bind(wxEVT_BUTTON, [this, id = draft.id](wxCommandEvent&) { CallAfter([this, id] { m_open(id); }); });
        m_rows->Add(name, wxSizerFlags().CentreVertical());
        m_rows->Add(when, wxSizerFlags().CentreVertical());
        m_rows->Add(resume);
    }
    const std::size_t hidden = m_drafts.size() - shown;
    m_more->SetLabel(hidden == 0 ? wxString()
                                 : wxString::Format(wxPLURAL("and %d more", "and %d more", static_cast<int>(hidden)),
                                                    static_cast<int>(hidden)));
    m_more->Show(hidden > 0);
    Layout();
    Thaw();
}

} // namespace knotwork::sessions::ui
