#pragma once

#include <string>
#include <wx/dialog.h>

class wxStaticText;

namespace knotwork::gui {

// The recovery code of the practice's record key, shown once (after the chain starts on a plain
// practice, or a new key): large, in monospace, with Copy and "I have written it down" (wxID_OK).
// For a new practice, "Show it again next time", Escape or closing the window end it with
// wxID_CANCEL.
class RecoveryCodeDialog : public wxDialog {
public:
    enum class Occasion { NewPractice, NewKey };
    RecoveryCodeDialog(wxWindow* parent, const std::string& code, Occasion occasion);

    // The code as shown, in lines of a few groups.
    wxString shownCode() const;

private:
    wxStaticText* m_code;
    wxString m_plainCode;
};

// "K7M2Q-ABCDE-…" in lines of four groups of five, as the dialog shows it.
wxString codeInLines(const std::string& code);

} // namespace knotwork::gui
