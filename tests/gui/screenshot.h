#pragma once

#include <string>

class wxRect;
class wxWindow;

namespace knotwork::gui::testing {

// Saves what the window shows on screen as <build>/screenshots/<name>.png and returns the path.
// Fails the test if nothing but one flat colour was captured.
std::string saveScreenshot(wxWindow& window, const std::string& name);
// The same for a part of the screen, such as a window GTK draws itself (a file chooser).
std::string saveScreenshot(const wxRect& area, const std::string& name);

} // namespace knotwork::gui::testing
