#pragma once

#include <functional>
#include <wx/dataview.h>
#include <wx/panel.h>

#include "clients/client_service.h"
#include "common/notifier.h"

class wxButton;
class wxStaticText;

namespace knotwork::clients::ui {

class ClientListModel;

// "Needs attention before treatment": the first active clients whose safety status blocks
// treatment, each with their badge, for the Today view.
class NeedsAttentionPanel : public wxPanel {
public:
    static constexpr int kShown = 20;

    struct Actions {
        std::function<void(ClientId)> openClient;  // double-click or Enter on a row
        std::function<void()> showAll;             // the whole list, in the Clients view
    };

    NeedsAttentionPanel(wxWindow* parent, Notifier& notifier, Actions actions);
    ~NeedsAttentionPanel() override;

    // Reads the list again from the practice's service (none: empty).
    void reload(ClientService* service);
    // How many clients need attention in all (more than are shown).
    long long total() const { return m_total; }

private:
    Notifier& m_notifier;
    Actions m_actions;
    wxObjectDataPtr<ClientListModel> m_model;
    wxDataViewCtrl* m_list;
    wxStaticText* m_summary;
    wxButton* m_showAll;
    long long m_total = 0;
};

} // namespace knotwork::clients::ui
