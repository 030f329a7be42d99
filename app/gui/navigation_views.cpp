#include "app/gui/navigation_views.h"

#include <wx/intl.h>

#include "app/gui/navigation_panel.h"
#include "common/ui/empty_state_panel.h"
#include "common/ui/icons.h"

namespace knotwork::gui {

namespace {

constexpr int kNavigationIconSize = 24;

// The views whose features come later: what will be here and the next step a therapist can
// take now.
ui::EmptyState emptyState(View view, const std::function<void(View)>& show)
{
    switch (view) {
    case View::Schedule:
        return {viewKey(view), _("No appointments booked"),
                _("Appointments will appear here, including visits that repeat at a treatment "
                  "plan's frequency. Booking comes in a later version of Knotwork."),
                _("Go to Today"), [show] { show(View::Today); }};
    case View::Today:
    case View::Reports:
    case View::Clients:
        break;
    }
    return {};
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

void addNavigationViews(NavigationPanel& navigation, const ViewPageMakers& pages,
                        const std::function<void(View)>& show)
{
    for (const View view : kViews) {
        wxWindow* parent = navigation.pageParent();
        const auto make = pages.find(viewKey(view));
        wxWindow* page = make != pages.end() ? make->second(parent)
                                             : new ui::EmptyStatePanel(parent, emptyState(view, show), viewKey(view));
        navigation.addPage(page, viewLabel(view), ui::icon(viewKey(view), kNavigationIconSize));
    }
}

} // namespace knotwork::gui
