#pragma once

#include <array>
#include <functional>
#include <wx/string.h>

#include <filesystem>
#include <vector>

#include "clients/client.h"
#include "clients/client_chart.h"
#include "sessions/soap_note.h"

namespace knotwork {
class Notifier;
}

namespace knotwork::clients::ui {
class ClientListPanel;
}

namespace knotwork::reports::ui {
class ReportsView;
}

namespace knotwork::gui {

class TodayView;

// The main window's views, in navigation order (Ctrl+1 … Ctrl+4).
enum class View { Today, Clients, Schedule, Reports };
inline constexpr std::array kViews = {View::Today, View::Clients, View::Schedule, View::Reports};

wxString viewLabel(View view);
// A stable key: the name of the view's page window (for tests and accessibility tools) and of
// its icon.
const char* viewKey(View view);

// What the views' buttons may ask the main window to do.
struct ViewActions {
    std::function<void(View)> show;
    std::function<void()> exploreDemo;
    std::function<void(clients::ClientId)> openClient;  // the chart, in the Clients view
    std::function<void()> showNeedingClearance;         // the Clients view, filtered
    std::function<void()> clientsChanged;               // a client was added or changed
    std::function<void(sessions::NoteId)> openNote;     // the note editor
    std::function<void(clients::ClientId)> openPlan;    // the chart's Plan tab
    // Progress reports for a provider's consenting clients, written into a folder.
    std::function<void(const clients::Provider&, const std::vector<clients::CareTeamClient>&,
                       const std::filesystem::path&)>
        runReportBatch;
    std::function<void()> reportsChanged;               // a report was written
};

// The views that show the practice's records, for the main window to keep up to date.
struct ViewPages {
    TodayView* today = nullptr;
    clients::ui::ClientListPanel* clients = nullptr;
    reports::ui::ReportsView* reports = nullptr;
};

class NavigationPanel;

// Adds one page per view to the navigation, in kViews order.
ViewPages addNavigationViews(NavigationPanel& navigation, Notifier& notifier, const ViewActions& actions);

} // namespace knotwork::gui
