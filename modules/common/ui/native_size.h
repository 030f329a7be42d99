#pragma once

class wxWindow;

namespace knotwork::ui {

// Buttons packed in a row (scale buttons) with the theme's side padding narrowed, so a one- or
// two-character label fits a small button. GTK's Adwaita pads a text button 16 px each side;
// given less than that minimum GTK squeezes the label to a pixel or two and it is not drawn.
void narrowSidePadding(wxWindow& button);

// For tests that check nothing is cut: the narrowest the toolkit (GTK) draws a control whole,
// and the width it gave the control.
int nativeMinimumWidth(wxWindow& control);
int nativeAllocatedWidth(wxWindow& control);

} // namespace knotwork::ui
