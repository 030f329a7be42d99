#pragma once

#include <functional>
#include <vector>
#include "common/notifier.h"
#include "common/ui/short_list_panel.h"
#include "sessions/session_service.h"

namespace knotwork::sessions::ui {

// "Unsigned notes" on the Today view: the practice's drafts, newest first, each with the client,
// the visit, when it was last saved and a Continue button. A short list: the first few and how
// many more.
class UnsignedNotesPanel : public knotwork::ui::ShortListPanel {
public:
    using OpenNote = std::function<void(NoteId)>;

    UnsignedNotesPanel(wxWindow* parent, Notifier& notifier, OpenNote open);

    // Reads the drafts again (none without a service).
    void reload(SessionService* service);
    const std::vector<DraftRef>& drafts() const { return m_drafts; }

private:
    Notifier& m_notifier;
    OpenNote m_open;
    std::vector<DraftRef> m_drafts;
};

} // namespace knotwork::sessions::ui
