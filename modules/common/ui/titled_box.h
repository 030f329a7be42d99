#pragma once
#include <wx/string.h>

class wxStaticBoxSizer;
class wxWindow;

namespace knotwork::ui {

// A titled group of fields, laid out vertically. Its title names the group for a screen reader,
// and nothing else: wx under GTK would otherwise tie a box's title to the next control that takes
// the focus (the next box), so each group was announced by the title of the one before it.
wxStaticBoxSizer* titledBox(wxWindow* parent, const wxString& title);

} // namespace knotwork::ui
