#pragma once

#include <wx/panel.h>

class wxStaticText;

namespace knotwork::ui {

// The line at the top of a form that says what went wrong when no single field is to blame (a
// conflict, a full disk) or how many fields are marked. Hidden while there is nothing to say.
// A reader hears it as an alert each time it is shown.
class FormMessageBar : public wxPanel {
public:
    explicit FormMessageBar(wxWindow* parent);

    void showError(const wxString& message);
    void clear();
    // The message as given (the bar shows it broken into lines).
    wxString text() const;

private:
    wxStaticText* m_text;
    wxString m_message;
};

} // namespace knotwork::ui
