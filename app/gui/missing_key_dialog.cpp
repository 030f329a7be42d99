#include "app/gui/missing_key_dialog.h"

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

namespace {
constexpr int kTextWidth = 520;

wxStaticText* wrapped(wxWindow* parent, const wxString& text, const wxString& name, bool muted = false)
{
    auto* line = new wxStaticText(parent, wxID_ANY, text, wxDefaultPosition, wxDefaultSize, 0, name);
    line->Wrap(parent->FromDIP(kTextWidth));
    if (muted)
        line->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    return line;
}

} // namespace

MissingKeyDialog::MissingKeyDialog(wxWindow* parent, const app::PracticeLocation& practice, Actions actions)
    : wxDialog(parent, wxID_ANY, _("The record key is not on this computer"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE, "missing-key-dialog"),
      m_actions(std::move(actions))
{
    auto* intro = wrapped(
        this,
        wxString::Format(_("The records of %s are sealed with a key that is not on this computer; the practice "
                           "was probably copied from another one. It can be read, but nothing can be saved "
                           "until the key is back."),
                         ui::toWx(practice.name())),
        "missing-key-intro");

    auto* label = new wxStaticText(this, wxID_ANY, _("&Recovery code:"));
    m_code = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(380, -1)),
                            wxTE_PROCESS_ENTER, wxDefaultValidator, "recovery_code");
    m_code->SetFont(wxFontInfo(GetFont().GetPointSize()).Family(wxFONTFAMILY_TELETYPE));
    m_code->SetHint(_("the 55 letters and digits you wrote down"));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(label, wxSizerFlags().Border(wxRIGHT | wxTOP, ui::relatedGap(*this) / 2));
    row->Add(ui::withErrorLine(this, m_code, m_markers, "recovery_code", true), wxSizerFlags(1));
    m_markers.setLabel("recovery_code", label);

    auto* restoreButton = new wxButton(this, wxID_OK, _("Restore the &key"), wxDefaultPosition, wxDefaultSize, 0,
                                       wxDefaultValidator, "missing-key.restore");
    restoreButton->SetDefault();
    auto* newKey = new wxButton(this, wxID_NEW, _("Start a &new key"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "missing-key.new-key");
    auto* newKeyText = wrapped(this,
                               _("Only when the recovery code is lost: what was sealed before stays readable, but "
                                 "no check on this computer can vouch for it any more."),
                               "missing-key-new-key-text", true);
    auto* readOnly = new wxButton(this, wxID_CANCEL, _("Continue &without saving"), wxDefaultPosition, wxDefaultSize,
                                  0, wxDefaultValidator, "missing-key.read-only");
    readOnly->SetToolTip(_("Open the practice to read it; saving anything says why it cannot be saved"));

    const int gap = ui::groupGap(*this);
    const int related = ui::relatedGap(*this);
    auto* newKeyRow = new wxBoxSizer(wxHORIZONTAL);
    newKeyRow->Add(newKey, wxSizerFlags().Top());
    newKeyRow->Add(newKeyText, wxSizerFlags(1).Border(wxLEFT, related));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(readOnly);
    buttons->AddStretchSpacer();
    buttons->Add(restoreButton);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(intro, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(row, wxSizerFlags().Expand().Border(wxALL, gap));
    sizer->Add(newKeyRow, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizerAndFit(sizer);
    Centre();
    ui::keepWithinWorkArea(*this);
    ui::keepWithinWorkAreaWhenResized(*this);

    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { restore(); }, wxID_OK);
    m_code->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { restore(); });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { startNewKey(); }, wxID_NEW);
    m_code->SetFocus();
}

void MissingKeyDialog::restore()
{
    m_markers.clear();
    try {
        wxBusyCursor busy;
        m_actions.restore(ui::toUtf8(m_code->GetValue()));
    } catch (const ValidationError& error) {
        const std::vector<FieldProblem> unplaced = m_markers.show(error.problems());
        if (!unplaced.empty())
            m_markers.show({{"recovery_code", unplaced.front().rule, unplaced.front().message}});
        Layout();
        Fit();
        m_code->SetFocus();
        m_code->SelectAll();
        return;
    } catch (const Error&) {
        m_failure = std::current_exception();  // for the caller, past the event loop
        EndModal(wxID_ABORT);
        return;
    }
    EndModal(Restored);
}

void MissingKeyDialog::startNewKey()
{
    try {
        wxBusyCursor busy;
        m_newKeyCode = m_actions.startNewKey();
    } catch (const Error&) {
        m_failure = std::current_exception();
        EndModal(wxID_ABORT);
        return;
    }
    EndModal(NewKeyStarted);
}

} // namespace knotwork::gui
