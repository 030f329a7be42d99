#pragma once

#include <functional>
#include <wx/panel.h>

#include "clients/client_service.h"
#include "clients/ui/needs_attention_panel.h"
#include "common/notifier.h"
#include "plans/plan_service.h"
#include "sessions/session_service.h"

class wxSimplebook;

namespace knotwork::plans::ui {
class PlanRemindersPanel;
}

namespace knotwork::sessions::ui {
class UnsignedNotesPanel;
}

namespace knotwork::gui {

// The Today view. Until appointments exist it lists the session notes not signed yet and the
// clients who need attention before treatment, and says that the day's appointments come in a
// later version; with nothing to list, it shows what will be here and the way to the clients.
class TodayView : public wxPanel {
public:
    struct Actions {
        std::function<void()> goToClients;
        clients::ui::NeedsAttentionPanel::Actions needsAttention;
        std::function<void(sessions::NoteId)> openNote;  // an unsigned note's Continue
        std::function<void(clients::ClientId)> openPlan;  // a plan reminder's Open plan
    };

    TodayView(wxWindow* parent, Notifier& notifier, const Actions& actions);

    // Reads the lists again from the practice's services (none: nothing to list).
    void reload(clients::ClientService* clients, sessions::SessionService* sessions,
                plans::PlanService* plans);
    // Reads only the unsigned notes again (a note was started, signed or discarded).
    void reloadUnsignedNotes(sessions::SessionService* sessions);
    // Reads only the plans to look at again (a plan, note or measure changed).
    void reloadPlanReminders(plans::PlanService* plans);

private:
    void showWhatThereIs();

    wxSimplebook* m_book;
    sessions::ui::UnsignedNotesPanel* m_unsignedNotes;
    plans::ui::PlanRemindersPanel* m_planReminders;
    clients::ui::NeedsAttentionPanel* m_needsAttention;
};

} // namespace knotwork::gui
