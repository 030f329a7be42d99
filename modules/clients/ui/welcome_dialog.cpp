#include "clients/ui/welcome_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "clients/client_service.h"
#include "common/ui/choice_text.h"
#include "common/ui/form_grid.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

namespace {
constexpr int kTextWidth = 520;  // DIP: the introduction's lines
}

WelcomeDialog::WelcomeDialog(wxWindow* parent, ClientService& service)
    : RecordDialog(parent, _("Welcome to Knotwork"), "welcome-dialog"), m_service(service)
{
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   _("Tell Knotwork the name of your practice and yours. The window's title shows "
                                     "the practice's name, and letters and progress reports print these details "
                                     "on their letterhead."),
                                   wxDefaultPosition, wxDefaultSize, 0, "welcome-intro");
    intro->Wrap(FromDIP(kTextWidth));

    FormGrid practice(this, _("Your practice"), markers());
    m_practiceName = practice.addText(_("&Practice name"), "practice_name");
    m_practiceName->SetHint(_("e.g. Harbourside Massage Therapy"));
    m_therapistName = practice.addText(_("&Therapist's name"), "therapist_name");
    m_credentials = practice.addText(_("C&redentials"), "credentials");
    m_credentials->SetHint(_("e.g. RMT"));
    m_licence = practice.addText(_("&Licence number"), "licence_number");
    practice.addNote(wxString::Format(
        _("Reports print on %s paper, as usual where this computer is set up. All of this can be "
          "changed later in File › Practice settings…, with the address, phone, email and logo."),
        labelText(service.settings().paperSize)));
    markUnchanged();

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(intro, wxSizerFlags().Border(wxBOTTOM, groupGap(*this)));
    body->Add(practice.sizer(), wxSizerFlags(1).Expand());
    setBody(body, _("&Save"));
    if (wxWindow* skip = FindWindow(wxID_CANCEL)) {
        skip->SetLabel(_("S&kip for now"));
        skip->SetToolTip(_("Knotwork will not ask again: File › Practice settings… has these details."));
    }
    Fit();
    SetMinSize(GetSize());
    Centre();
    m_practiceName->SetFocus();
}

void WelcomeDialog::save()
{
    PracticeSettings settings = m_service.settings();
    settings.practiceName = trimmedText(*m_practiceName);
    settings.therapistName = trimmedText(*m_therapistName);
    settings.credentials = trimmedText(*m_credentials);
    settings.licenceNumber = trimmedText(*m_licence);
    m_service.saveSettings(settings, std::nullopt);
}

} // namespace knotwork::clients::ui
