#pragma once

#include <optional>
#include <wx/gdicmn.h>

class wxTopLevelWindow;
class wxWindow;

namespace knotwork::ui {

// The part of the screen a window may use (UI.md, Screen sizes): the work area, without the
// desktop's panels and docks, of the display `window` is on (its parent's while it has no place
// yet), or of the first display.
wxRect workAreaOf(const wxWindow& window);

// While one lives, workAreaOf answers `area` for every window: GUI tests open the app's windows as
// on a 1024×600 or 1366×768 laptop whatever screen they run on.
class WorkAreaOverride {
public:
    explicit WorkAreaOverride(const wxRect& area);
    ~WorkAreaOverride();
    WorkAreaOverride(const WorkAreaOverride&) = delete;
    WorkAreaOverride& operator=(const WorkAreaOverride&) = delete;

private:
    std::optional<wxRect> m_previous;
};

// Where a top-level window `size` large goes: centred on its parent (on the work area when it
// has none), then moved as little as needed to lie inside the work area.
wxRect placeInWorkArea(const wxWindow& window, const wxSize& size);

// Keeps a top-level window inside the work area: its size and minimum size no larger than the
// area (its frame and title bar included), and, when it sticks out, centred on its parent or the
// area and moved inside. A maximised window is left as it is.
void keepWithinWorkArea(wxTopLevelWindow& window);

// Keeps the window inside the work area from now on, each time its size changes: GTK settles the
// height of wrapped lines once a dialog shows, which may grow it past the edge of a small screen.
void keepWithinWorkAreaWhenResized(wxTopLevelWindow& window);

enum class FitSize {
    Exactly,   // the size that shows everything, as Fit() gives
    GrowOnly,  // that size, but never smaller than the window is now
};

// Sizes a window to show everything it holds, as Fit() would, but no larger than the work area:
// each ScrollingBody inside it gets the room that is left and scrolls, so what is outside the
// bodies (the buttons) stays in view. Then keeps it within the work area.
void fitToWorkArea(wxTopLevelWindow& window, FitSize how = FitSize::Exactly);

} // namespace knotwork::ui
