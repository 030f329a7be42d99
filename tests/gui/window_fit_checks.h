#pragma once
// What "a window fits the screen" means to the GUI tests (UI.md, Screen sizes): the window lies
// inside the work area, and nothing in it is cut: every window it shows is whole (unless a window
// that scrolls can bring it into view), and each button, text, badge and choice has at least its
// best size, so "Open…" never shows as "Ope".

#include <optional>
#include <ostream>
#include <string>
#include <vector>
#include <wx/gdicmn.h>

class wxTopLevelWindow;

namespace knotwork::gui::testing {

// A laptop screen; its work area leaves room for a desktop panel along the top.
struct Screen {
    int width;
    int height;
};
inline constexpr int kDesktopPanelHeight = 32;
wxRect workAreaOf(const Screen& screen);
std::string nameOf(const Screen& screen);  // "1024x600"
// How GoogleTest names a screen in a test's name.
void PrintTo(const Screen& screen, std::ostream* out);

// Where the X server shows the top-level window with this title, frame included; none when it
// shows no such window. For the windows GTK draws itself, whose size wx does not know.
std::optional<wxRect> shownWindowRect(const std::string& title);

// Every way `window` does not fit `area`, one line each; empty when it fits.
std::vector<std::string> fitProblems(wxTopLevelWindow& window, const wxRect& area);

} // namespace knotwork::gui::testing
