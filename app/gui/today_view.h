#pragma once

#include <functional>
#include <wx/panel.h>

#include "clients/client_service.h"
#include "clients/ui/needs_attention_panel.h"
#include "common/notifier.h"

class wxSimplebook;

namespace knotwork::gui {

// The Today view. Until appointments exist it lists the clients who need attention before
// treatment and says that the day's appointments come in a later version; with nobody to
// list, it shows what will be here and the way to the clients.
class TodayView : public wxPanel {
public:
    struct Actions {
        std::function<void()> goToClients;
        clients::ui::NeedsAttentionPanel::Actions needsAttention;
    };

    TodayView(wxWindow* parent, Notifier& notifier, const Actions& actions);

    // Reads the list again from the practice's service (none: nothing to list).
    void reload(clients::ClientService* service);

private:
    wxSimplebook* m_book;
    clients::ui::NeedsAttentionPanel* m_needsAttention;
};

} // namespace knotwork::gui
