#pragma once

#include <array>
#include <functional>
#include <wx/string.h>

namespace knotwork::gui {

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
    std::function<void()> openPractice;
};

class NavigationPanel;

// Adds one page per view to the navigation, in kViews order.
void addNavigationViews(NavigationPanel& navigation, const ViewActions& actions);

} // namespace knotwork::gui
