#include "common/ui/form_message_bar.h"

#include <wx/artprov.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

#include "common/ui/accessibility.h"

namespace knotwork::ui {

namespace {

// A pale red with dark red text: a contrast of about 7:1, and the icon says "error" too.
const wxColour kBackground(0xFD, 0xEC, 0xEA);
const wxColour kForeground(0x8A, 0x1C, 0x12);

} // namespace

FormMessageBar::FormMessageBar(wxWindow* parent) : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_SIMPLE, "form-message")
{
    SetBackgroundColour(kBackground);
    auto* icon = new wxStaticBitmap(this, wxID_ANY, wxArtProvider::GetBitmapBundle(wxART_ERROR, wxART_MESSAGE_BOX, wxSize(24, 24)));
    m_text = new wxStaticText(this, wxID_ANY, wxString());
    m_text->SetForegroundColour(kForeground);
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(icon, wxSizerFlags().Border(wxALL, FromDIP(8)).Top());
    sizer->Add(m_text, wxSizerFlags(1).Border(wxTOP | wxBOTTOM | wxRIGHT, FromDIP(8)).CentreVertical());
    SetSizer(sizer);
    setAccessibleRole(*this, AccessibleRole::Alert);
    Hide();
}

void FormMessageBar::showError(const wxString& message)
{
    m_text->SetLabelText(message);
    const int width = GetParent()->GetClientSize().x - FromDIP(80);
    m_text->Wrap(width > FromDIP(200) ? width : FromDIP(480));
    // A reader says an alert when it appears: hidden first, a refusal repeated is said again.
    Hide();
    setAccessibleName(*this, message);
    Show();
    GetParent()->Layout();
}

void FormMessageBar::clear()
{
    m_text->SetLabelText(wxString());
    setAccessibleName(*this, wxString());
    Hide();
    GetParent()->Layout();
}

wxString FormMessageBar::text() const
{
    return m_text->GetLabelText();
}

} // namespace knotwork::ui
