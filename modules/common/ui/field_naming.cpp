#include "common/ui/field_naming.h"

#include <wx/intl.h>
#include <wx/stattext.h>

#include "common/ui/accessibility.h"

namespace knotwork::ui {

namespace {

wxWindow& focusOf(wxWindow& field)
{
    auto* named = dynamic_cast<NamedField*>(&field);
    return named ? named->focusControl() : field;
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
        setAccessibleName(field, name);
}

void describeField(wxWindow& field, const wxString& reason)
{
    setAccessibleDescription(focusOf(field), reason);
}

} // namespace knotwork::ui
