#pragma once

#include <wx/stattext.h>

namespace knotwork::ui {

// A line of text that wraps its words to the width the layout gives it, instead of being cut
// short with "…" in a narrow pane. Give it the whole width (wxEXPAND): it asks for little.
class WrappingText : public wxStaticText {
public:
    WrappingText(wxWindow* parent, const wxString& text, const wxString& name);

    void setText(const wxString& text);
    // The whole text, however it is wrapped.
    const wxString& text() const { return m_text; }

private:
    void rewrap();

    wxString m_text;
    int m_wrappedAt = -1;
};

} // namespace knotwork::ui
