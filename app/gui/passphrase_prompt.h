#pragma once

#include <exception>
#include <filesystem>
#include <functional>
#include <string>
#include <wx/dialog.h>

#include "common/ui/field_error_markers.h"

class wxTextCtrl;

namespace knotwork::gui {

// Tries a passphrase: true when it opened what was asked, false when it is wrong. Any other
// problem is thrown as a knotwork::Error and goes to the caller of askPassphrase.
using PassphraseTry = std::function<bool(const std::string& passphrase)>;

// Asks for the passphrase of the encrypted `file` (a practice, a backup, an export) until `tryIt`
// accepts one or the person cancels. A wrong passphrase keeps the dialog open, says so beside the
// field and selects what was typed. True when `tryIt` accepted one; false when cancelled.
bool askPassphrase(wxWindow* parent, const std::filesystem::path& file, const PassphraseTry& tryIt);

// The dialog askPassphrase shows (window name "passphrase-prompt"), for tests to drive.
class PassphrasePrompt : public wxDialog {
public:
    PassphrasePrompt(wxWindow* parent, const std::filesystem::path& file, PassphraseTry tryIt);

    wxTextCtrl& field() const { return *m_field; }
    // The reason shown beside the field; empty while there is none.
    wxString problem() const { return m_markers.messageFor("passphrase"); }
    // What `tryIt` threw, which closed the dialog; null when it threw nothing.
    std::exception_ptr failure() const { return m_failure; }

private:
    void onOk(wxCommandEvent& event);

    PassphraseTry m_tryIt;
    ui::FieldErrorMarkers m_markers;
    wxTextCtrl* m_field;
    std::exception_ptr m_failure;
};

} // namespace knotwork::gui
