#pragma once

#include <exception>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <wx/dialog.h>

#include "app/practice/practice_location.h"
#include "common/ui/field_error_markers.h"

class wxTextCtrl;

namespace knotwork::gui {

// Asked at opening when the practice's record key is not on this computer (a plain practice copied
// from another one): the practice can be read, but nothing can be saved until the key is back.
// The person enters the recovery code (checked against the practice; a wrong one keeps the dialog
// open and says why beside the field), starts a new key, or continues without saving.
class MissingKeyDialog : public wxDialog {
public:
    struct Actions {
        // Restores the key from the code; throws ValidationError (field "recovery_code") when it
        // is not a code or not this practice's.
        std::function<void(const std::string& code)> restore;
        // Starts a new key and returns its recovery code.
        std::function<std::string()> startNewKey;
    };
    enum Outcome { Restored = wxID_OK, NewKeyStarted = wxID_NEW, ReadOnly = wxID_CANCEL };

    MissingKeyDialog(wxWindow* parent, const app::PracticeLocation& practice, Actions actions);

    wxTextCtrl& codeField() const { return *m_code; }
    // The reason shown beside the field; empty while there is none.
    wxString problem() const { return m_markers.messageFor("recovery_code"); }
    // The new key's recovery code, once one was started.
    const std::optional<std::string>& newKeyCode() const { return m_newKeyCode; }
    // What restoring or starting a key threw other than a wrong code, which closed the dialog
    // (wxID_ABORT); null when nothing did.
    std::exception_ptr failure() const { return m_failure; }

private:
    void restore();
    void startNewKey();

    Actions m_actions;
    ui::FieldErrorMarkers m_markers;
    wxTextCtrl* m_code;
    std::optional<std::string> m_newKeyCode;
    std::exception_ptr m_failure;
};

} // namespace knotwork::gui
