#include "common/ui/record_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/dateevt.h>
#include <wx/filepicker.h>
#include <wx/msgdlg.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/tglbtn.h>

#include "common/ui/form_grid.h"
#include "common/ui/form_message_bar.h"
#include "common/error.h"
#include "common/ui/scrolling_body.h"
#include "common/ui/work_area.h"
#include "common/ui/report_errors.h"
#include "common/ui/wx_text.h"

namespace knotwork::ui {

RecordDialog::RecordDialog(wxWindow* parent, const wxString& title, const wxString& name)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, name)
{
    m_message = new FormMessageBar(this);
    m_mayDiscard = [this] { return askToDiscard(); };

    // Every edit a person makes reaches the dialog as a command event.
    auto changed = [this](wxEvent& event) {
        m_changed = true;
        event.Skip();
    };
    for (const auto type : {wxEVT_TEXT, wxEVT_CHECKBOX, wxEVT_CHOICE, wxEVT_COMBOBOX, wxEVT_RADIOBUTTON,
                            wxEVT_TOGGLEBUTTON})
        Bind(type, changed);
    Bind(wxEVT_DATE_CHANGED, changed);
    Bind(wxEVT_FILEPICKER_CHANGED, changed);

    Bind(wxEVT_BUTTON, &RecordDialog::onSave, this, wxID_OK);
    Bind(wxEVT_MENU, &RecordDialog::onSave, this, wxID_OK);
    Bind(wxEVT_BUTTON, &RecordDialog::onCancel, this, wxID_CANCEL);
    Bind(wxEVT_CLOSE_WINDOW, &RecordDialog::onClose, this);
    Bind(wxEVT_CHAR_HOOK, &RecordDialog::onCharHook, this);
    wxAcceleratorEntry save(wxACCEL_CTRL, 'S', wxID_OK);
    SetAcceleratorTable(wxAcceleratorTable(1, &save));
}

void RecordDialog::setBody(wxSizer* body, const wxString& saveLabel)
{
    const int gap = groupGap(*this);
    // Created before the buttons, so Tab reaches the form first.
    ScrollingBody* scrolling = holdsScrolledForm(*body) ? nullptr : new ScrollingBody(this, "record-form");
    if (scrolling)
        scrolling->hold(body, gap);

    auto* buttons = new wxStdDialogButtonSizer;
    if (!saveLabel.empty()) {
        auto* saveButton = new wxButton(this, wxID_OK, saveLabel);
        saveButton->SetToolTip(_("Save (Ctrl+S)"));
        saveButton->SetDefault();
        buttons->AddButton(saveButton);
    }
    buttons->AddButton(new wxButton(this, wxID_CANCEL, saveLabel.empty() ? _("&Close") : wxString()));
    buttons->Realize();

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_message, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    if (scrolling)
        sizer->Add(scrolling, wxSizerFlags(1).Expand());
    else
        sizer->Add(body, wxSizerFlags(1).Expand().Border(wxALL, gap));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(sizer);
}

wxString RecordDialog::topMessage() const
{
    return m_message->IsShown() ? m_message->text() : wxString();
}

void RecordDialog::showProblems(const std::vector<FieldProblem>& problems)
{
    const std::vector<FieldProblem> unplaced = m_markers.show(problems);
    if (!unplaced.empty()) {
        wxString text;
        for (const FieldProblem& problem : unplaced)
            text += (text.empty() ? wxString() : wxString("\n")) + knotwork::ui::toWx(problem.message);
        m_message->showError(text);
    } else {
        const int count = static_cast<int>(problems.size());
        m_message->showError(wxString::Format(
            wxPLURAL("Nothing was saved: %d field needs a change. It is marked below.",
                     "Nothing was saved: %d fields need a change. They are marked below.", count),
            count));
    }
    makeRoom();
    m_markers.focusFirst();
}

void RecordDialog::Fit()
{
    fitToWorkArea(*this);
}

bool RecordDialog::Show(bool show)
{
    if (show && !IsShown())
        fitToWorkArea(*this, FitSize::GrowOnly);  // a form that scrolls of its own may need more width
    return wxDialog::Show(show);
}

void RecordDialog::makeRoom()
{
    Layout();
    fitToWorkArea(*this, FitSize::GrowOnly);
}

void RecordDialog::finish(int code)
{
    if (IsModal()) {
        EndModal(code);
    } else {
        SetReturnCode(code);
        Hide();
    }
}

bool RecordDialog::attempt(const std::function<void()>& action)
{
    m_markers.clear();
    m_message->clear();
    try {
        action();
        m_changed = false;
        m_savedAny = true;
        return true;
    } catch (const ValidationError& error) {
        showProblems(error.problems());
    } catch (const Error& error) {
        // A lost connection: the main window's ServerConnectionWatch reconnects, and Save works again.
        m_message->showError(failureText(error));
        makeRoom();
    }
    return false;
}

void RecordDialog::onSave(wxCommandEvent&)
{
    const wxWindow* saveButton = FindWindow(wxID_OK);
    if (saveButton && saveButton->IsEnabled() && attempt([this] { save(); }))
        finish(wxID_OK);
}

void RecordDialog::onCharHook(wxKeyEvent& event)
{
    // Alt+letter focuses the field of the label with that mnemonic, as on other platforms.
    const int key = event.GetKeyCode();
    if (event.GetModifiers() == wxMOD_ALT && key < 128 && wxIsalnum(key)) {
        if (wxWindow* field = m_markers.fieldForMnemonic(static_cast<wxChar>(key))) {
            scrollIntoView(*field);
            field->SetFocus();
            return;
        }
    }
    event.Skip();
}

bool RecordDialog::mayDiscard()
{
    return !m_changed || m_mayDiscard();
}

bool RecordDialog::askToDiscard()
{
    wxMessageDialog ask(this, _("Your changes in this window have not been saved."), _("Discard changes?"),
                        wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetYesNoLabels(_("&Discard changes"), _("&Keep editing"));
    return ask.ShowModal() == wxID_YES;
}

void RecordDialog::onCancel(wxCommandEvent&)
{
    if (mayDiscard())
        finish(m_savedAny ? wxID_OK : wxID_CANCEL);
}

void RecordDialog::onClose(wxCloseEvent& event)
{
    if (event.CanVeto() && !mayDiscard()) {
        event.Veto();
        return;
    }
    finish(m_savedAny ? wxID_OK : wxID_CANCEL);
}

} // namespace knotwork::ui
