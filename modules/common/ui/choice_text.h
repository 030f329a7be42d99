#pragma once
// The translated labels of the domain's closed lists (common/choices.h) as wx text.

#include <set>
#include <wx/arrstr.h>
#include <wx/string.h>

#include "common/choices.h"
#include "common/ui/wx_text.h"

namespace knotwork::ui {

// "a, b, c": the parts with `separator` between them.
inline wxString joinText(const wxArrayString& parts, const wxString& separator)
{
    wxString text;
    for (const wxString& part : parts)
        text += (text.empty() ? wxString() : separator) + part;
    return text;
}

template <typename E>
wxString labelText(E value)
{
    return knotwork::ui::toWx(labelOf(value));
}

// "Stress, Poor sleep", in the order the list defines; empty for no values.
template <typename E>
wxString labelsText(const std::set<E>& values)
{
    wxArrayString labels;
    for (const Choice<E>& choice : choices<E>()) {
        if (values.contains(choice.value))
            labels.Add(labelText(choice.value));
    }
    return joinText(labels, ", ");
}

} // namespace knotwork::ui
