#include "app/gui/navigation_views.h"

#include <wx/intl.h>

#include "clients/ui/client_list_panel.h"
#include "common/ui/empty_state_panel.h"
#include "common/ui/icons.h"
#include "app/gui/navigation_panel.h"
#include "app/gui/today_view.h"
#include "reports/ui/reports_view.h"

namespace knotwork::gui {

namespace {

constexpr int kNavigationIconSize = 24;

// The views whose features come later: what will be here and the next step a therapist can
// take now.
ui::EmptyState emptyState(View view, const ViewActions& actions)
{
    switch (view) {
    case View::Schedule:
        return {viewKey(view), _("No appointments booked"),
                _("Appointments will appear here, including visits that repeat at a treatment "
                  "plan's frequency. Booking comes in a later version of Knotwork."),
                _("Go to Today"), [actions] { actions.show(View::Today); }};
    case View::Today:
    case View::Reports:
    case View::Clients:
        break;
    }
    return {};
}

wxWindow* createPage(wxWindow* parent, View view, Notifier& notifier, const ViewActions& actions, ViewPages& pages)
{
    switch (view) {
    case View::Today:
        pages.today = new TodayView(parent, notifier,
                                    {[actions] { actions.show(View::Clients); },
                                     {actions.openClient, actions.showNeedingClearance},
                                     actions.openNote, actions.openPlan});
        return pages.today;
    case View::Clients:
        pages.clients = new clients::ui::ClientListPanel(parent, notifier,
                                                         {actions.exploreDemo, actions.clientsChanged});
        return pages.clients;
    case View::Reports:
        pages.reports = new reports::ui::ReportsView(parent, notifier, {actions.runReportBatch, actions.reportsChanged});
        return pages.reports;
    case View::Schedule:
        break;
    }
    return new ui::EmptyStatePanel(parent, emptyState(view, actions), viewKey(view));
}

} // namespace

wxString viewLabel(View view)
{
    switch (view) {
    case View::Today: return _("Today");
    case View::Clients: return _("Clients");
    case View::Schedule: return _("Schedule");
    case View::Reports: return _("Reports");
    }
    return {};
}

const char* viewKey(View view)
{
    switch (view) {
    case View::Today: return "today";
    case View::Clients: return "clients";
    case View::Schedule: return "schedule";
    case View::Reports: return "reports";
    }
    return "";
}

ViewPages addNavigationViews(NavigationPanel& navigation, Notifier& notifier, const ViewActions& actions)
{
    ViewPages pages;
    for (const View view : kViews) {
        wxWindow* page = createPage(navigation.pageParent(), view, notifier, actions, pages);
        navigation.addPage(page, viewLabel(view), ui::icon(viewKey(view), kNavigationIconSize));
    }
    return pages;
}

} // namespace knotwork::gui
