#include "common/ui/wrapping_text.h"

#include <wx/textwrapper.h>

#include "common/ui/field_error_markers.h"

namespace knotwork::ui {

namespace {

class LineBreaker : public wxTextWrapper {
public:
    wxString lines;

protected:
    void OnOutputLine(const wxString& line) override { lines += line; }
    void OnNewLine() override { lines += '\n'; }
};

} // namespace

WrappingText::WrappingText(wxWindow* parent, const wxString& label, const wxString& name, int least)
    : wxStaticText(parent, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE, name),
      m_words(label)
{
    SetMinSize(wxSize(FromDIP(least), -1));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (event.GetSize().x != m_wrappedAt)
            wrapAt(event.GetSize().x);
    });
}

void WrappingText::SetLabel(const wxString& label)
{
    m_words = label;
    wrapAt(m_wrappedAt);
}

void WrappingText::wrapAt(int width)
{
    m_wrappedAt = width;
    LineBreaker breaker;
    breaker.Wrap(this, m_words, width > 0 ? width : -1);
    const int before = GetBestSize().y;
    wxStaticText::SetLabel(EscapeMnemonics(breaker.lines));  // words, never a mnemonic
    InvalidateBestSize();
    Refresh();
    // Taller or shorter now: the form around it makes room, once this size event is done.
    if (GetBestSize().y != before)
        CallAfter([this] { relayoutForm(*this); });
}

} // namespace knotwork::ui
