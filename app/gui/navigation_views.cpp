#include "app/gui/navigation_views.h"

#include <wx/intl.h>

#include "app/gui/navigation_panel.h"
#include "common/ui/icons.h"

namespace knotwork::gui {

namespace {

constexpr int kNavigationIconSize = 24;

} // namespace

wxString viewLabel(View view)
{
    switch (view) {
    case View::Today: return _("Today");
    case View::Clients: return _("Clients");
    case View::Schedule: return _("Schedule");
    case View::Billing: return _("Billing");
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
    case View::Billing: return "billing";
    case View::Reports: return "reports";
    }
    return "";
}

void addNavigationViews(NavigationPanel& navigation, const ViewPageMakers& pages)
{
    for (const View view : kViews) {
        wxWindow* page = pages.at(viewKey(view))(navigation.pageParent());
        navigation.addPage(page, viewLabel(view), ui::icon(viewKey(view), kNavigationIconSize));
    }
}

} // namespace knotwork::gui
