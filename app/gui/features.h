#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "clients/ui/feature.h"

namespace knotwork::app {
class PracticeContext;
}

namespace knotwork::gui {

// Every feature of the main window, in the order they add their menu items, chart tabs and Today
// panels. A new feature is one line here. `openPractice` gives the practice open now (none
// without one), for the screens that work with the app's own libraries (the reminders' mail).
std::vector<std::unique_ptr<clients::ui::Feature>> knotworkFeatures(std::function<app::PracticeContext*()> openPractice);

} // namespace knotwork::gui
