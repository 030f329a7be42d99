#pragma once

#include <memory>
#include <vector>

#include "clients/ui/feature.h"

namespace knotwork::gui {

// Every feature of the main window, in the order they add their menu items, chart tabs and Today
// panels. A new feature is one line here.
std::vector<std::unique_ptr<clients::ui::Feature>> knotworkFeatures();

} // namespace knotwork::gui
