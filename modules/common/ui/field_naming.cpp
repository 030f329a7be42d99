#include "common/ui/field_naming.h"

#include <wx/datectrl.h>
#include <wx/intl.h>
#include <wx/pickerbase.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/ui/accessibility.h"

namespace knotwork::ui {

namespace {

// The text box inside a control made of several windows (the date picker is a text box and a
// drop-down button), or null.
wxTextCtrl* textInside(wxWindow& control)
{
    for (wxWindow* child : control.GetChildren()) {
        if (auto* text = dynamic_cast<wxTextCtrl*>(child))
            return text;
        if (wxTextCtrl* text = textInside(*child))
            return text;
    }
    return nullptr;
}

wxWindow& focusOf(wxWindow& field)
{
    if (auto* named = dynamic_cast<NamedField*>(&field))
        return named->focusControl();
    if (auto* picker = dynamic_cast<wxPickerBase*>(&field); picker && picker->GetTextCtrl())
        return *picker->GetTextCtrl();  // a file's path
    if (dynamic_cast<wxDatePickerCtrl*>(&field))
        if (wxTextCtrl* text = textInside(field))
            return *text;
    return field;
}

// "Family name *" is said "Family name, required".
wxString spokenLabel(wxString name)
{
    if (name.EndsWith(" *", &name))
        return wxString::Format(_("%s, required"), name.Trim());
    return name;
}

} // namespace

void nameField(wxStaticText& label, wxWindow& field)
{
    wxWindow& focus = focusOf(field);
    labelControl(label, focus);
    const wxString name = spokenLabel(accessibleName(focus));
    if (auto* named = dynamic_cast<NamedField*>(&field))
        named->nameAs(name);
    else
        setAccessibleName(focus, name);
}

void nameField(wxWindow& field, const wxString& name)
{
    if (auto* named = dynamic_cast<NamedField*>(&field))
        named->nameAs(name);
    else
        setAccessibleName(focusOf(field), name);
}

void describeField(wxWindow& field, const wxString& reason)
{
    setAccessibleDescription(focusOf(field), reason);
}

} // namespace knotwork::ui
