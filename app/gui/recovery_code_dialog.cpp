#include "app/gui/recovery_code_dialog.h"

#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/accessibility.h"
#include "common/ui/form_grid.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_text.h"

namespace knotwork::gui {

namespace {
constexpr int kTextWidth = 480;
constexpr std::size_t kGroupsPerLine = 4;
}

wxString codeInLines(const std::string& code)
{
    wxString lines;
    std::size_t groups = 0;
    for (const wxString& group : wxSplit(ui::toWx(code), '-', '\0')) {
        if (groups > 0)
            lines += groups % kGroupsPerLine == 0 ? "\n" : "-";
        lines += group;
        ++groups;
    }
    return lines;
}

RecoveryCodeDialog::RecoveryCodeDialog(wxWindow* parent, const std::string& code, Occasion occasion)
    : wxDialog(parent, wxID_ANY, _("Write down your recovery code"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE, "recovery-code-dialog"),
      m_plainCode(ui::toWx(code))
{
    const wxString why =
        occasion == Occasion::NewPractice
            ? _("Knotwork now seals every signed note, addendum, disclosure and audit entry of this practice, so "
                "that no one can change or remove one unnoticed. The key that seals them is kept on this "
                "computer, not in the practice file.")
            : _("A new record key was started. What is sealed from now on is sealed with it; the records sealed "
                "before stay readable, and a check reports them as not checkable on this computer.");
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   why + "\n\n"
                                       + _("If this computer fails, or you move the practice to another one, this "
                                           "code brings the key back. Without it, the practice can be read but "
                                           "nothing can be saved until a new key is started. Write it down and "
                                           "keep it away from the computer: once written down, it is not shown again."),
                                   wxDefaultPosition, wxDefaultSize, 0, "recovery-code-intro");
    intro->Wrap(FromDIP(kTextWidth));

    auto* label = new wxStaticText(this, wxID_ANY, _("Recovery code:"));
    m_code = new wxStaticText(this, wxID_ANY, codeInLines(code), wxDefaultPosition, wxDefaultSize,
                              wxALIGN_CENTRE_HORIZONTAL, "recovery-code");
    m_code->SetFont(wxFontInfo(GetFont().GetPointSize() * 8 / 5).Family(wxFONTFAMILY_TELETYPE).Bold());
    ui::setAccessibleName(*m_code, _("Recovery code") + ": " + m_plainCode);

    auto* copyButton = new wxButton(this, wxID_COPY, _("&Copy"), wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, "recovery-code.copy");
    copyButton->SetToolTip(_("Put the code on the clipboard, to paste into a password manager"));
    copyButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxClipboardLocker locker;
        if (!!locker)
            wxTheClipboard->SetData(new wxTextDataObject(m_plainCode));
    });
    auto* done = new wxButton(this, wxID_OK, _("I have &written it down"), wxDefaultPosition, wxDefaultSize, 0,
                              wxDefaultValidator, "recovery-code.written");
    done->SetDefault();
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(copyButton);
    buttons->AddStretchSpacer();
    if (occasion == Occasion::NewPractice) {
        // A new key's code is not kept to be shown again (db::replaceRecordKey).
        auto* later = new wxButton(this, wxID_CANCEL, _("Show it &again next time"), wxDefaultPosition,
                                   wxDefaultSize, 0, wxDefaultValidator, "recovery-code.later");
        buttons->Add(later, wxSizerFlags().Border(wxRIGHT, ui::relatedGap(*this)));
    }
    buttons->Add(done);

    const int gap = ui::groupGap(*this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(intro, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(label, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(m_code, wxSizerFlags().Expand().Border(wxALL, gap));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizerAndFit(sizer);
    Centre();
    ui::keepWithinWorkArea(*this);
    ui::keepWithinWorkAreaWhenResized(*this);
    done->SetFocus();
}

wxString RecoveryCodeDialog::shownCode() const
{
    return m_code->GetLabel();
}

} // namespace knotwork::gui
