#pragma once

class wxSplitterWindow;

namespace knotwork::ui {

// The widths, in DIPs, that decide where a side-by-side split puts its sash.
struct SplitWidths {
    int firstPreferred;  // the first pane's width when there is room
    int firstLeast;      // the narrowest the first pane becomes before the second one narrows
    int secondWanted;    // the width the second pane keeps while the first one can narrow
};

// Keeps the sash of a vertically split window where the first pane narrows first: as the window
// narrows, the first pane gives up width (down to firstLeast) while the second keeps secondWanted;
// only then does the second narrow. Dragging the sash makes its place the first pane's preferred
// width.
void narrowFirstPaneFirst(wxSplitterWindow& split, const SplitWidths& widths);

// Where the sash goes (the first pane's width) in a split `width` wide. In pixels.
int firstPaneWidth(int width, int firstPreferred, int firstLeast, int secondWanted);

} // namespace knotwork::ui
