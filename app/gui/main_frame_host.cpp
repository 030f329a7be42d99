// MainFrame as the host of the features (clients/ui/feature.h): where their tabs, menu items,
// Today panels, bars and views go, and the record changes passed between them.
#include <algorithm>

#include "app/gui/main_frame.h"
#include "app/gui/today_view.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"

namespace knotwork::gui {

using clients::ui::RecordChange;
using clients::ui::RecordKind;

clients::ui::ClientListPanel& MainFrame::showClients()
{
    showView(View::Clients);
    return *m_clients;
}

void MainFrame::addMenuItem(clients::ui::MenuItem item)
{
    m_menuItems.push_back(std::move(item));
}

wxWindow* MainFrame::todayParent()
{
    return m_today->panelParent();
}

void MainFrame::addTodayPanel(clients::ui::TodayPanel panel)
{
    m_today->addPanel(std::move(panel));
}

void MainFrame::todayChanged()
{
    m_today->showWhatThereIs();
}

void MainFrame::addBar(wxWindow* bar)
{
    m_bars.push_back(bar);
}

void MainFrame::addView(const char* viewKey, std::function<wxWindow*(wxWindow*)> make)
{
    m_viewPages[viewKey] = std::move(make);
}

void MainFrame::listen(std::initializer_list<RecordKind> kinds, std::function<void(const RecordChange&)> listener)
{
    m_listeners.push_back({kinds, std::move(listener)});
}

void MainFrame::openClient(clients::ClientId id, const wxString& tab)
{
    showClients().openClient(id);
    if (!tab.empty())
        m_clients->chart().showTab(tab);
}

void MainFrame::recordChanged(const RecordChange& change)
{
    for (const Listener& listener : m_listeners)
        if (std::ranges::find(listener.kinds, change.kind) != listener.kinds.end())
            listener.run(change);
    m_today->showWhatThereIs();
    if (change.kind == RecordKind::Client || change.kind == RecordKind::Practice)
        showPracticeDetails();  // the count of clients, the practice's name
}

} // namespace knotwork::gui
