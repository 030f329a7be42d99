#include "app/gui/backup_warning_panel.h"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include "common/ui/titled_box.h"

namespace knotwork::gui {

namespace {
constexpr int kTextWidth = 560;
}

BackupWarningPanel::BackupWarningPanel(wxWindow* parent, std::function<void()> backUpNow)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "backup-warning")
{
    wxStaticBoxSizer* box = ui::titledBox(this, _("Backup"));
    auto* icon = new wxStaticBitmap(box->GetStaticBox(), wxID_ANY,
                                    wxArtProvider::GetBitmapBundle(wxART_WARNING, wxART_MESSAGE_BOX));
    m_text = new wxStaticText(box->GetStaticBox(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                              "backup-warning.text");
    auto* button = new wxButton(box->GetStaticBox(), wxID_ANY, _("&Back up now"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "backup-warning.back-up-now");
    button->Bind(wxEVT_BUTTON, [run = std::move(backUpNow)](wxCommandEvent&) { run(); });

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(m_text);
    column->AddSpacer(FromDIP(8));
    column->Add(button);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(icon, wxSizerFlags().Border(wxRIGHT, FromDIP(12)));
    row->Add(column, wxSizerFlags(1));
    box->Add(row, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    SetSizer(box);
}

void BackupWarningPanel::warn(const wxString& warning)
{
    m_warning = !warning.empty();
    m_text->SetLabel(warning);
    m_text->Wrap(FromDIP(kTextWidth));
    Layout();
}

wxString BackupWarningPanel::text() const
{
    return m_text->GetLabel();
}

} // namespace knotwork::gui
