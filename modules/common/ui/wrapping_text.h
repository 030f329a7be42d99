#pragma once

#include <wx/stattext.h>

namespace knotwork::ui {

// A static text whose words wrap to the width its sizer gives it, so a long message neither
// widens its window nor is cut on a small screen. It asks for no more than `least` DIPs of width
// and grows in height as it wraps: lay it out where it gets the width there is (with a
// proportion, or wxEXPAND in a column). GetLabel gives its words as set, without the wrapping; an
// "&" is shown as it is, never taken for a mnemonic.
class WrappingText : public wxStaticText {
public:
    WrappingText(wxWindow* parent, const wxString& label, const wxString& name, int least = 160);

    void SetLabel(const wxString& label) override;
    wxString GetLabel() const override { return m_words; }

private:
    void wrapAt(int width);

    wxString m_words;
    int m_wrappedAt = -1;
};

} // namespace knotwork::ui
