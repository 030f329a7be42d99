#pragma once

#include <functional>
#include <vector>
#include <wx/panel.h>

#include "common/notifier.h"
#include "sessions/session_service.h"

class wxFlexGridSizer;
class wxStaticText;

namespace knotwork::sessions::ui {

// "Unsigned notes" on the Today view: the practice's drafts, newest first, each with the client,
// the visit, when it was last saved and a Continue button. A short list: the first few and how
// many more.
class UnsignedNotesPanel : public wxPanel {
public:
    static constexpr std::size_t kShown = 5;
    using OpenNote = std::function<void(NoteId)>;

    UnsignedNotesPanel(wxWindow* parent, Notifier& notifier, OpenNote open);

    // Reads the drafts again (none without a service).
    void reload(SessionService* service);
    const std::vector<DraftRef>& drafts() const { return m_drafts; }

private:
    Notifier& m_notifier;
    OpenNote m_open;
    std::vector<DraftRef> m_drafts;
    wxFlexGridSizer* m_rows;
    wxStaticText* m_more;
};

} // namespace knotwork::sessions::ui
