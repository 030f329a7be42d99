#pragma once

#include <functional>
#include <wx/dataview.h>
#include <wx/panel.h>

#include "clients/client_service.h"
#include "common/notifier.h"

class wxSimplebook;
class wxSplitterWindow;

namespace knotwork::clients::ui {

class ClientChartPanel;
class ClientListModel;
class ClientSearchBar;

// The Clients view: the searchable list on the left, the chart of the chosen client on the
// right; an empty practice offers a first client or a demo practice instead.
class ClientListPanel : public wxPanel {
public:
    struct Actions {
        std::function<void()> exploreDemo;
        std::function<void()> clientsChanged;  // a client was added, archived or changed
    };

    ClientListPanel(wxWindow* parent, Notifier& notifier, Actions actions);
    ~ClientListPanel() override;

    // The open practice's service; none when no practice is open.
    void setService(ClientService* service);
    void focusSearch();
    // Lists the clients of one filter ("Needs clearance"), keeping the search text.
    void showFilter(ClientFilter filter);
    void newClient();
    // Shows the client's chart, and selects their row when the list shows it.
    void openClient(ClientId id);
    // A client was saved at another desk (`id`, or 0 for any): lists the clients again and reads
    // the chart again when it shows them. The list keeps its search and its chosen row.
    void showChangeMadeElsewhere(ClientId id);
    ClientChartPanel& chart() { return *m_chart; }

private:
    wxWindow* buildEmptyState(wxWindow* parent);
    wxWindow* buildListAndChart(wxWindow* parent);
    void runQuery();
    void afterChange();
    void selectRowOf(ClientId id);
    void openSelected();
    void focusList();

    Notifier& m_notifier;
    Actions m_actions;
    ClientService* m_service = nullptr;
    wxObjectDataPtr<ClientListModel> m_model;

    wxSimplebook* m_book;
    ClientSearchBar* m_searchBar = nullptr;
    wxDataViewCtrl* m_list = nullptr;
    ClientChartPanel* m_chart = nullptr;
};

} // namespace knotwork::clients::ui
