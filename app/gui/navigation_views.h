#pragma once

#include <array>
#include <functional>
#include <map>
#include <string>
#include <wx/string.h>

class wxWindow;

namespace knotwork::gui {

// The main window's views, in navigation order (Ctrl+1 … Ctrl+5).
enum class View { Today, Clients, Schedule, Billing, Reports };
inline constexpr std::array kViews = {View::Today, View::Clients, View::Schedule, View::Billing, View::Reports};

wxString viewLabel(View view);
// A stable key: the name of the view's page window (for tests and accessibility tools) and of
// its icon.
const char* viewKey(View view);

class NavigationPanel;

// The page of a view, by the view's key, made with the navigation's page parent.
using ViewPageMakers = std::map<std::string, std::function<wxWindow*(wxWindow* parent)>>;

// Adds one page per view to the navigation, in kViews order: the page `pages` makes for it (the
// main window or a feature provides every view's).
void addNavigationViews(NavigationPanel& navigation, const ViewPageMakers& pages);

} // namespace knotwork::gui
