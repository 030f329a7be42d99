#pragma once
#include <wx/string.h>

class wxStaticText;
class wxWindow;

namespace knotwork::ui {

// What a screen reader is told about a control, through the platform's accessibility toolkit
// (ATK under GTK: wxWidgets 3.2 has no accessibility API there). Native controls say their kind
// and value themselves; a form adds the name, the description and the label, and a control drawn
// by hand also says what it is and announces what changes.

enum class AccessibleRole {
    Alert,      // a message said at once when it appears: a refused save
    StatusBar,  // the window's status line
    Image,      // a picture that a text summary names: a progress chart
    Panel,      // a drawn control that takes the focus: the body chart, a scale row
    Group,      // controls that belong together, named as one
};

void setAccessibleRole(wxWindow& control, AccessibleRole role);
// The name a reader says when the control gets the focus. Changing the name of the focused
// control is announced, so a drawn control renames itself as its cursor moves.
void setAccessibleName(wxWindow& control, const wxString& name);
// What a reader says after the name and value: the reason a field is marked, a summary.
void setAccessibleDescription(wxWindow& control, const wxString& description);

// `label` names `control`: its Alt+letter focuses the control, the reader says the label's text
// as the control's name, and labelled-by points at it. Whatever label wx tied to the control
// before is untied (wx ties a static text to the next control created after it).
void labelControl(wxStaticText& label, wxWindow& control);
// `text` labels no control: an error line or a note that happens to be created before a field.
void labelNothing(wxStaticText& text);

// What a reader is told, for tests: the name, the description, the text of the labelled-by
// target (empty without one), and the role's name as AT-SPI gives it ("text", "panel").
wxString accessibleName(wxWindow& control);
wxString accessibleDescription(wxWindow& control);
wxString accessibleLabelledBy(wxWindow& control);
wxString accessibleRoleName(wxWindow& control);

// What a reader gets from a table (a native list), for tests: its rows, a cell's text (-1 when
// there is no such cell), and the chosen row (-1: none).
int accessibleRowCount(wxWindow& table);
wxString accessibleCellText(wxWindow& table, int row, int column);
int accessibleSelectedRow(wxWindow& table);

} // namespace knotwork::ui
