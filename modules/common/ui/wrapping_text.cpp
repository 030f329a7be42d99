#include "common/ui/wrapping_text.h"

namespace knotwork::ui {

namespace {
constexpr int kNarrowest = 120;
}

WrappingText::WrappingText(wxWindow* parent, const wxString& text, const wxString& name)
    : wxStaticText(parent, wxID_ANY, text, wxDefaultPosition, wxDefaultSize, 0, name), m_text(text)
{
    // Narrow enough that the text never holds its pane wider; the height follows the lines.
    SetMinSize(wxSize(FromDIP(kNarrowest), -1));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (event.GetSize().x != m_wrappedAt)
            CallAfter(&WrappingText::rewrap);
    });
}

void WrappingText::setText(const wxString& text)
{
    m_text = text;
    m_wrappedAt = -1;
    rewrap();
}

void WrappingText::rewrap()
{
    const int width = GetSize().x;
    if (width == m_wrappedAt && GetLabelText() != wxString())
        return;
    m_wrappedAt = width;
    SetLabelText(m_text);
    if (width > 0)
        Wrap(width);
    SetMinSize(wxSize(FromDIP(kNarrowest), -1));
    InvalidateBestSize();
    if (GetParent())
        GetParent()->Layout();
}

} // namespace knotwork::ui
