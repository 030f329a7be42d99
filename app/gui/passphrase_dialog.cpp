#include "app/gui/passphrase_dialog.h"

#include <wx/button.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "app/practice/practice_passphrase.h"
#include "common/error.h"
#include "common/ui/form_grid.h"
#include <wx/stattext.h>
#include "common/ui/wx_text.h"

namespace knotwork::gui {

namespace {

wxTextCtrl* passphraseField(wxWindow* parent, const char* key)
{
    return new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, parent->FromDIP(wxSize(260, -1)),
                          wxTE_PASSWORD, wxDefaultValidator, key);
}

} // namespace

PassphraseDialog::PassphraseDialog(wxWindow* parent, bool encrypted, CurrentCheck isCurrent)
    : RecordDialog(parent, encrypted ? _("Change or remove the passphrase") : _("Encrypt the practice"),
                   "passphrase-dialog"),
      m_isCurrent(std::move(isCurrent))
{
    m_body = new wxBoxSizer(wxVERTICAL);
    const int gap = knotwork::ui::groupGap(*this);
    if (encrypted) {
        m_change = new wxRadioButton(this, wxID_ANY, _("C&hange the passphrase"), wxDefaultPosition,
                                     wxDefaultSize, wxRB_GROUP, wxDefaultValidator, "change-passphrase");
        m_remove = new wxRadioButton(this, wxID_ANY, _("Re&move the passphrase"), wxDefaultPosition,
                                     wxDefaultSize, 0, wxDefaultValidator, "remove-passphrase");
        auto* choice = new wxBoxSizer(wxHORIZONTAL);
        choice->Add(m_change);
        choice->Add(m_remove, wxSizerFlags().Border(wxLEFT, gap));
        m_body->Add(choice, wxSizerFlags().Border(wxBOTTOM, gap));
        for (wxRadioButton* button : {m_change, m_remove})
            button->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent& event) {
                showMode();
                event.Skip();
            });

        knotwork::ui::FormGrid current(this, _("The passphrase it opens with now"), markers());
        m_current = passphraseField(current.parent(), "current");
        current.add(_("&Current passphrase"), m_current);
        m_body->Add(current.sizer(), wxSizerFlags().Expand().Border(wxBOTTOM, gap));
    }

    knotwork::ui::FormGrid fresh(this, encrypted ? _("New passphrase") : _("Passphrase"), markers());
    m_new = passphraseField(fresh.parent(), "passphrase");
    fresh.add(_("&New passphrase"), m_new);
    m_repeated = passphraseField(fresh.parent(), "repeated");
    fresh.add(_("Re&peat it"), m_repeated);
    fresh.addNote(wxString::Format(_("At least %d characters. A few unrelated words are easy to remember and "
                                     "hard to guess."),
                                   static_cast<int>(app::kMinimumPassphraseLength)));
    auto* warning = new wxStaticText(
        fresh.parent(), wxID_ANY,
        _("Forgetting the passphrase loses the practice: no one, not even Knotwork, can open it without "
          "it. Write it down and keep it somewhere safe."),
        wxDefaultPosition, wxDefaultSize, 0, "passphrase-warning");
    warning->SetFont(warning->GetFont().Bold());
    warning->Wrap(FromDIP(520));
    fresh.addWide(warning);
    m_newBox = fresh.sizer();
    m_body->Add(m_newBox, wxSizerFlags().Expand());

    if (encrypted) {
        auto* note = new wxStaticText(
            this, wxID_ANY,
            _("Without a passphrase the practice file is written in the clear: anyone who has the file, "
              "or a backup of it, can read every record."),
            wxDefaultPosition, wxDefaultSize, 0, "remove-passphrase-note");
        note->Wrap(FromDIP(520));
        m_removeNote = note;
        m_body->Add(m_removeNote, wxSizerFlags().Expand());
    }

    setBody(m_body, encrypted ? _("C&hange passphrase") : _("&Encrypt practice"));
    setDiscardQuestion([] { return true; });  // nothing typed here is worth keeping
    SetMinSize(FromDIP(wxSize(520, -1)));
    showMode();
    Fit();
    Centre();
    (m_current ? m_current : m_new)->SetFocus();
}

PassphraseDialog::Mode PassphraseDialog::mode() const
{
    if (!m_change)
        return Mode::Set;
    return m_remove->GetValue() ? Mode::Remove : Mode::Change;
}

void PassphraseDialog::choose(Mode mode)
{
    if (!m_change)
        return;
    (mode == Mode::Remove ? m_remove : m_change)->SetValue(true);
    showMode();
}

void PassphraseDialog::showMode()
{
    if (!m_change)
        return;
    const bool removing = mode() == Mode::Remove;
    m_body->Show(m_newBox, !removing, true);
    m_body->Show(m_removeNote, removing);
    if (wxWindow* ok = FindWindow(wxID_OK))
        ok->SetLabel(removing ? _("Re&move passphrase") : _("C&hange passphrase"));
    markers().clear();
    Layout();
    Fit();  // Remove has fewer fields: no empty space left where they were
}

void PassphraseDialog::save()
{
    std::vector<FieldProblem> problems;
    if (m_current && !m_isCurrent(knotwork::ui::toUtf8(m_current->GetValue())))
        problems.push_back({"current", "wrong", knotwork::ui::toUtf8(_("Current passphrase: that passphrase does not "
                                                                       "open this practice."))});
    const bool removing = mode() == Mode::Remove;
    const std::string fresh = removing ? std::string() : knotwork::ui::toUtf8(m_new->GetValue());
    if (!removing) {
        try {
            app::validateNewPassphrase(fresh, knotwork::ui::toUtf8(m_repeated->GetValue()));
        } catch (const ValidationError& error) {
            problems.insert(problems.end(), error.problems().begin(), error.problems().end());
        }
    }
    if (!problems.empty())
        throw ValidationError(problems);
    m_chosen = fresh;
}

} // namespace knotwork::gui
