#include "gui/navigation_views.h"

#include <wx/intl.h>

#include "common/ui/empty_state_panel.h"
#include "common/ui/icons.h"
#include "gui/navigation_panel.h"

namespace knotwork::gui {

namespace {

constexpr int kNavigationIconSize = 24;

// Each view as it stands before its feature exists or has records: what will be here and the
// next step a therapist can take now.
ui::EmptyState emptyState(View view, const ViewActions& actions)
{
    switch (view) {
    case View::Today:
        return {viewKey(view), _("Nothing booked today"),
                _("Today's appointments will be listed here in order, each with the client's "
                  "safety badges and a button to start their note."),
                _("Go to Clients"), [actions] { actions.show(View::Clients); }};
    case View::Clients:
        return {viewKey(view), _("No clients yet"),
                _("Your clients will be listed here, searchable by name, phone or email. "
                  "This version of Knotwork does not add clients yet: client records and intake "
                  "come with the next update. Your practice file is ready for them."),
                _("Open another practice…"), actions.openPractice};
    case View::Schedule:
        return {viewKey(view), _("No appointments booked"),
                _("Appointments will appear here, including visits that repeat at a treatment "
                  "plan's frequency."),
                _("Go to Today"), [actions] { actions.show(View::Today); }};
    case View::Reports:
        return {viewKey(view), _("No reports yet"),
                _("Progress reports for referring providers will be listed here once your "
                  "clients have signed session notes."),
                _("Go to Clients"), [actions] { actions.show(View::Clients); }};
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

void addNavigationViews(NavigationPanel& navigation, const ViewActions& actions)
{
    for (const View view : kViews) {
        auto* page = new ui::EmptyStatePanel(navigation.pageParent(), emptyState(view, actions), viewKey(view));
        navigation.addPage(page, viewLabel(view), ui::icon(viewKey(view), kNavigationIconSize));
    }
}

} // namespace knotwork::gui
