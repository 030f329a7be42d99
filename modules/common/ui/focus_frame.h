#pragma once

class wxDC;
class wxGraphicsContext;
class wxWindow;

namespace knotwork::ui {

// A control drawn by hand that takes the focus shows it as native controls do: a dotted frame
// just inside its edge while it has the focus.

// Redraws `control` when it gains or loses the focus.
void redrawOnFocus(wxWindow& control);
// Draws the frame when `control` has the focus; nothing otherwise.
void drawFocusFrame(wxGraphicsContext& context, const wxWindow& control);
void drawFocusFrame(wxDC& dc, const wxWindow& control);

} // namespace knotwork::ui
