#pragma once

#include <functional>
#include <wx/panel.h>
#include <wx/timer.h>

#include "clients/client_chart.h"

class wxChoice;
class wxSearchCtrl;
class wxStaticText;

namespace knotwork::clients::ui {

// The row above the client list: a search box that searches as you type (Esc clears it), which
// clients to list ("Active clients", "Needs clearance"…), the sort, how many clients are listed and "+ New client".
class ClientSearchBar : public wxPanel {
public:
    struct Actions {
        std::function<void()> queryChanged;  // read query() for the new one
        std::function<void()> toList;        // Enter or Down arrow in the search box
        std::function<void()> newClient;
    };

    ClientSearchBar(wxWindow* parent, Actions actions);

    ClientQuery query() const;
    // Chooses the filter without searching; the owner runs the query.
    void setFilter(ClientFilter filter);
    void showCount(long long count);
    void focusSearch();
    // Starts a new search with `text`, typed elsewhere (in the list), and goes on in the box.
    void searchFor(const wxString& text);

private:
    void onSearchKey(wxKeyEvent& event);
    void searchNow();

    Actions m_actions;
    wxSearchCtrl* m_search;
    wxChoice* m_filter;
    wxChoice* m_sort;
    wxStaticText* m_count;
    wxTimer m_typingPause;
};

} // namespace knotwork::clients::ui
