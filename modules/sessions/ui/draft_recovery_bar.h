#pragma once

#include <functional>
#include <vector>
#include <wx/infobar.h>

#include "common/notifier.h"
#include "sessions/session_service.h"

namespace knotwork::sessions::ui {

// The bar at the top of the main window when a practice opens with unsigned notes (left by a
// closed window, a crash or a power cut): says how many, and opens them — one straight in the
// editor, several through a chooser.
class DraftRecoveryBar : public wxInfoBar {
public:
    using OpenNote = std::function<void(NoteId)>;

    DraftRecoveryBar(wxWindow* parent, Notifier& notifier, OpenNote open);

    // Reads the practice's drafts; shows the bar when there are any, hides it otherwise. No
    // service: hides it.
    void check(SessionService* service);
    // The bar's button: opens the one draft, or asks which of several.
    void openDrafts();

    const std::vector<DraftRef>& drafts() const { return m_drafts; }
    const wxString& message() const { return m_message; }
    wxWindowID openButtonId() const { return m_openId; }

private:
    Notifier& m_notifier;
    OpenNote m_open;
    wxWindowID m_openId;
    wxString m_message;
    std::vector<DraftRef> m_drafts;
};

} // namespace knotwork::sessions::ui
