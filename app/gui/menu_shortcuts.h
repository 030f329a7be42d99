#pragma once

class wxFrame;
class wxMenuItem;
class wxKeyEvent;

namespace knotwork::gui {

// GTK offers a key to the focused control before the menu's shortcuts, and some controls keep
// shortcuts for themselves: the client list (a GtkTreeView) opens its own type-ahead box on
// Ctrl+F and moves down on Ctrl+N. Outside a text field, where the text's own keys must win,
// the frame's menu shortcuts come first: their menu item runs (when enabled) and the control
// never sees the key.
void putMenuShortcutsFirst(wxFrame& frame);

// The item of the frame's menu bar whose shortcut is this key, if any.
wxMenuItem* menuItemForKey(wxFrame& frame, const wxKeyEvent& key);

} // namespace knotwork::gui
