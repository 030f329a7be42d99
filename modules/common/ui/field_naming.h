#pragma once
#include <wx/string.h>

class wxStaticText;
class wxWindow;

namespace knotwork::ui {

// A field of several windows, or one whose spoken name says more than its label: a number says
// its unit ("Sleep, hours a night"), a scale its chosen score ("Stress, 7 of 10").
class NamedField {
public:
    virtual ~NamedField() = default;
    // The window that takes the focus: the one a label names and a reader announces.
    virtual wxWindow& focusControl() = 0;
    // Takes `name` (the label's words) as the field's name, with what the field adds to it.
    virtual void nameAs(const wxString& name) = 0;
};

// `label` names `field`: the reader says the label's words (and a NamedField's additions), and
// the label's Alt+letter focuses it.
void nameField(wxStaticText& label, wxWindow& field);
// A field without a label of its own, such as a table's cell ("Goal 2, Target").
void nameField(wxWindow& field, const wxString& name);
// The reason the field is marked, said after its name; empty when it is no longer marked.
void describeField(wxWindow& field, const wxString& reason);

} // namespace knotwork::ui
