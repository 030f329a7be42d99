#pragma once

#include <optional>
#include <wx/choice.h>

#include "common/ui/choice_controls.h"

namespace knotwork::sessions::ui {

// A drop-down over a closed list with "—" first for "not recorded".
template <typename E>
class OptionalChoice : public wxChoice {
public:
    OptionalChoice(wxWindow* parent, const wxString& name)
    {
        wxArrayString labels = knotwork::ui::choiceLabels<E>();
        labels.Insert(wxString::FromUTF8("\u2014"), 0);
        Create(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, labels, 0, wxDefaultValidator, name);
        SetSelection(0);
    }

    void setValue(const std::optional<E>& value)
    {
        SetSelection(value ? knotwork::ui::choiceIndex(*value) + 1 : 0);
    }
    std::optional<E> value() const
    {
        const int selected = GetSelection();
        if (selected <= 0)
            return std::nullopt;
        return knotwork::ui::choiceAt<E>(selected - 1);
    }
};

} // namespace knotwork::sessions::ui
