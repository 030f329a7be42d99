#pragma once
// wxChoice and radio lists over the domain's closed lists (common/choices.h), in their order.

#include <algorithm>
#include <wx/arrstr.h>

#include "common/ui/choice_text.h"

namespace knotwork::ui {

template <typename E>
wxArrayString choiceLabels()
{
    wxArrayString labels;
    for (const Choice<E>& choice : choices<E>())
        labels.Add(labelText(choice.value));
    return labels;
}

template <typename E>
int choiceIndex(E value)
{
    const auto list = choices<E>();
    const auto found = std::find_if(list.begin(), list.end(), [value](const Choice<E>& c) { return c.value == value; });
    return found == list.end() ? 0 : static_cast<int>(found - list.begin());
}

// The value at a selection; the first for none (wxNOT_FOUND).
template <typename E>
E choiceAt(int index)
{
    const auto list = choices<E>();
    return list[index >= 0 && static_cast<std::size_t>(index) < list.size() ? static_cast<std::size_t>(index) : 0].value;
}

} // namespace knotwork::ui
