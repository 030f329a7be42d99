#pragma once
// Walks a form as a keyboard and a screen reader do: real Tab presses, the name a reader hears.

#include <string>
#include <vector>
#include <wx/string.h>

class wxScrolledWindow;
class wxWindow;

namespace knotwork::gui::testing {

// Presses a key in `control` as the keyboard would, to its key handlers.
void pressKey(wxWindow& control, int key, wxChar typed = 0);
// The windows a real Tab key (through the X server, as GTK's focus chain takes it) reaches from
// `start`, in order, until the focus comes back to it (or `most` are counted). A choice's inner
// GTK button has the focus where wx finds none: such a stop is null.
std::vector<wxWindow*> tabStops(wxWindow& start, std::size_t most = 250);
// The stops of `form` that Tab reaches after one seen below or right of them, as "a -> b" lines:
// nothing when Tab reads the form as a person does, top to bottom and left to right.
std::string outOfOrder(const std::vector<wxWindow*>& stops, wxScrolledWindow& form);
// The fields under `root` a reader would meet without a name, or whose name does not start with
// their label's words, as "key: name (label)" lines.
std::string badlyNamed(wxWindow& root);

} // namespace knotwork::gui::testing
