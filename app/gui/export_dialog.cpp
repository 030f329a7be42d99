#include "app/gui/export_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "common/error.h"
#include "common/ui/file_dialogs.h"
#include "common/ui/form_grid.h"
#include <wx/stattext.h>
#include "common/ui/wx_text.h"

namespace knotwork::gui {

ExportDialog::ExportDialog(wxWindow* parent, Setup setup)
    : RecordDialog(parent, setup.title, setup.name),
      m_setup(std::move(setup))
{
    m_askPlain = [this] {
        wxMessageDialog ask(this,
                            _("Anyone who gets the exported file can read every record in it, without a "
                              "passphrase. Export without encryption?"),
                            _("Export without encryption?"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
        ask.SetYesNoLabels(_("Export &without encryption"), _("&Keep it encrypted"));
        return ask.ShowModal() == wxID_YES;
    };

    knotwork::ui::FormGrid form(this, m_setup.title, markers());
    auto* intro = new wxStaticText(form.parent(), wxID_ANY, m_setup.intro, wxDefaultPosition, wxDefaultSize, 0,
                                   "export-intro");
    intro->Wrap(FromDIP(560));
    form.addWide(intro);

    m_destination = new wxTextCtrl(form.parent(), wxID_ANY, ui::pathToWx(m_setup.destination), wxDefaultPosition,
                                   FromDIP(wxSize(360, -1)), 0, wxDefaultValidator, "destination");
    auto* browse = new wxButton(form.parent(), wxID_ANY, _("&Browse…"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "browse-destination");
    browse->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->browse(); });
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(m_destination, wxSizerFlags(1));
    row->Add(browse, wxSizerFlags().Border(wxLEFT, knotwork::ui::relatedGap(*this)));
    form.add(m_setup.destinationLabel, row, m_destination, "destination", knotwork::ui::FieldWidth::Full);

    if (!m_setup.note.empty()) {
        form.addNote(m_setup.note);
    } else if (m_setup.encrypted) {
        form.addNote(_("The practice is encrypted, so the archive is encrypted with the same passphrase."));
        m_plain = new wxCheckBox(form.parent(), wxID_ANY,
                                 _("Export without encryption (anyone with the file can read every record)"),
                                 wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "export-without-encryption");
        m_plain->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& event) {
            if (m_plain->GetValue() && !m_askPlain())
                m_plain->SetValue(false);
            event.Skip();
        });
        form.addWide(m_plain);
    } else {
        form.addNote(_("The practice is not encrypted, so neither is the archive: anyone with the file can "
                       "read every record in it."));
    }

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(form.sizer(), wxSizerFlags(1).Expand());
    setBody(body, _("&Export"));
    setDiscardQuestion([] { return true; });  // nothing is lost by not exporting
    SetMinSize(FromDIP(wxSize(560, -1)));
    Fit();
    Centre();
    m_destination->SetFocus();
}

void ExportDialog::browse()
{
    const std::filesystem::path shown = ui::toPath(m_destination->GetValue());
    if (m_setup.folder) {
        ui::DirDialog dialog(this, m_setup.destinationLabel, ui::pathToWx(shown));
        if (dialog.ShowModal() == wxID_OK)
            m_destination->SetValue(dialog.GetPath());
        return;
    }
    ui::FileDialog dialog(this, m_setup.title, ui::pathToWx(shown.parent_path()), ui::pathToWx(shown.filename()),
                          wxString::Format("%s (*.zip)|*.zip", _("Knotwork exports")), wxFD_SAVE);
    if (dialog.ShowModal() == wxID_OK)
        m_destination->SetValue(dialog.GetPath());
}

void ExportDialog::save()
{
    std::filesystem::path destination = ui::toPath(m_destination->GetValue().Strip(wxString::both));
    const wxString label = m_setup.destinationLabel;
    auto refuse = [&](const wxString& rule, const wxString& reason) {
        throw ValidationError("destination", ui::toUtf8(rule), ui::toUtf8(reason));
    };
    if (destination.empty())
        refuse("required", wxString::Format(_("%s: choose where to write the export."), wxStripMenuCodes(label)));
    if (m_setup.folder) {
        if (!std::filesystem::is_directory(destination))
            refuse("folder", wxString::Format(_("%s: there is no folder %s."), wxStripMenuCodes(label),
                                              ui::pathToWx(destination)));
    } else {
        if (destination.extension().empty())
            destination += ".zip";
        if (std::filesystem::exists(destination))
            refuse("exists", wxString::Format(_("%s: %s already exists. Choose another name."),
                                              wxStripMenuCodes(label), ui::pathToWx(destination)));
        if (!std::filesystem::is_directory(destination.parent_path()))
            refuse("folder", wxString::Format(_("%s: there is no folder %s."), wxStripMenuCodes(label),
                                              ui::pathToWx(destination.parent_path())));
    }
    wxBusyCursor busy;  // a large practice takes a few seconds
    m_setup.run(destination, m_plain && m_plain->GetValue());
    m_written = destination;
}

} // namespace knotwork::gui
