#pragma once

#include <functional>
#include <vector>
#include <wx/panel.h>

#include "clients/ui/feature.h"

class wxBoxSizer;
class wxScrolledWindow;
class wxSimplebook;

namespace knotwork::gui {

// The Today view: what the features put here (the day's appointments, the session notes not
// signed yet, plans to look at, the clients who need attention before treatment); with nothing
// to list, it shows what will be here and the way to the clients.
class TodayView : public wxPanel {
public:
    TodayView(wxWindow* parent, std::function<void()> goToClients);

    // The parent of the panels passed to addPanel.
    wxWindow* panelParent();
    // Short lists in the order added, then the lists that fill the view.
    void addPanel(clients::ui::TodayPanel panel);
    // Shows the panels that have something to list, or what will be here when none has.
    void showWhatThereIs();

private:
    wxSimplebook* m_book;
    wxScrolledWindow* m_lists;
    wxBoxSizer* m_column;
    std::size_t m_shortLists = 0;
    std::vector<clients::ui::TodayPanel> m_panels;
};

} // namespace knotwork::gui
