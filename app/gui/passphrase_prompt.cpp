#include "app/gui/passphrase_prompt.h"

#include <exception>
#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "common/error.h"
#include "common/ui/form_grid.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_text.h"

namespace knotwork::gui {

PassphrasePrompt::PassphrasePrompt(wxWindow* parent, const std::filesystem::path& file, PassphraseTry tryIt)
    : wxDialog(parent, wxID_ANY, _("Passphrase needed"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE, "passphrase-prompt"),
      m_tryIt(std::move(tryIt))
{
    const int gap = ui::groupGap(*this);
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(_("%s is encrypted. Enter its passphrase to open it."), ui::pathToWx(file.filename())),
        wxDefaultPosition, wxDefaultSize, 0, "passphrase-intro");
    intro->Wrap(FromDIP(420));
    auto* damaged = new wxStaticText(
        this, wxID_ANY,
        _("A file that never had a passphrase and asks for one is damaged: cancel, and restore your latest backup."),
        wxDefaultPosition, wxDefaultSize, 0, "passphrase-damaged");
    damaged->Wrap(FromDIP(420));
    damaged->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    auto* where = new wxStaticText(this, wxID_ANY, ui::pathToWx(file.parent_path()), wxDefaultPosition,
                                   wxDefaultSize, wxST_ELLIPSIZE_MIDDLE, "passphrase-folder");
    where->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    auto* label = new wxStaticText(this, wxID_ANY, _("&Passphrase:"));
    m_field = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(280, -1)),
                             wxTE_PASSWORD | wxTE_PROCESS_ENTER, wxDefaultValidator, "passphrase");
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(label, wxSizerFlags().Border(wxRIGHT | wxTOP, ui::relatedGap(*this) / 2));
    row->Add(ui::withErrorLine(this, m_field, m_markers, "passphrase", true), wxSizerFlags(1));
    m_markers.setLabel("passphrase", label);

    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    FindWindow(wxID_OK)->SetLabel(_("&Open"));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(intro, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(where, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
    sizer->Add(row, wxSizerFlags().Expand().Border(wxALL, gap));
    sizer->Add(damaged, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizerAndFit(sizer);
    Centre();
    ui::keepWithinWorkArea(*this);

    Bind(wxEVT_BUTTON, &PassphrasePrompt::onOk, this, wxID_OK);
    m_field->Bind(wxEVT_TEXT_ENTER, &PassphrasePrompt::onOk, this);
    m_field->SetFocus();
}

void PassphrasePrompt::onOk(wxCommandEvent&)
{
    m_markers.clear();
    bool opened = false;
    {
        wxBusyCursor busy;  // deriving the key takes a moment
        try {
            opened = m_tryIt(ui::toUtf8(m_field->GetValue()));
        } catch (const Error&) {
            m_failure = std::current_exception();  // for askPassphrase's caller, past the event loop
            EndModal(wxID_ABORT);
            return;
        }
    }
    if (opened) {
        EndModal(wxID_OK);
        return;
    }
    m_markers.show({{"passphrase", "wrong", ui::toUtf8(_("That passphrase does not open this file."))}});
    Layout();
    Fit();
    m_field->SetFocus();
    m_field->SelectAll();
}

bool askPassphrase(wxWindow* parent, const std::filesystem::path& file, const PassphraseTry& tryIt)
{
    PassphrasePrompt prompt(parent, file, tryIt);
    const int answer = prompt.ShowModal();
    if (prompt.failure())
        std::rethrow_exception(prompt.failure());
    return answer == wxID_OK;
}

} // namespace knotwork::gui
