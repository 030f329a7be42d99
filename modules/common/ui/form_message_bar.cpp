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

// Wrap breaks lines at spaces only: a word wider than `width` (a server's address) is broken where
// it reaches the edge instead, so no part of the message is cut off.
wxString breakLongWords(const wxWindow& window, const wxString& message, int width)
{
    wxString broken;
    wxString word;
    const auto addWord = [&] {
        wxString line;
        for (const wxUniChar c : word) {
            if (!line.empty() && window.GetTextExtent(line + c).x > width) {
                broken += line + '\n';
                line.clear();
            }
            line += c;
        }
        broken += line;
        word.clear();
    };
    for (const wxUniChar c : message) {
        if (c == ' ' || c == '\n') {
            addWord();
            broken += c;
        } else {
            word += c;
        }
    }
    addWord();
    return broken;
}

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
    m_message = message;
    const int available = GetParent()->GetClientSize().x - FromDIP(80);
    const int width = available > FromDIP(200) ? available : FromDIP(480);
    m_text->SetLabelText(breakLongWords(*m_text, message, width));
    m_text->Wrap(width);
    // A reader says an alert when it appears: hidden first, a refusal repeated is said again.
    Hide();
    setAccessibleName(*this, message);
    Show();
    GetParent()->Layout();
}

void FormMessageBar::clear()
{
    m_message.clear();
    m_text->SetLabelText(wxString());
    setAccessibleName(*this, wxString());
    Hide();
    GetParent()->Layout();
}

wxString FormMessageBar::text() const
{
    return m_message;
}

} // namespace knotwork::ui
