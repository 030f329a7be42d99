#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>
#include <wx/panel.h>

#include "common/choices.h"
#include "common/ui/choice_text.h"
#include "common/ui/field_naming.h"

class wxCheckBox;

namespace knotwork::ui {

// Check boxes in columns, filled down each column first, as a printed form lists answers. One
// Tab stop: the arrow keys go from box to box in that order, Space ticks (tab_group.h).
class CheckList : public wxPanel, public NamedField {
public:
    struct Item {
        wxString label;
        std::string key;  // the check box is named "<list name>.<key>"
    };
    CheckList(wxWindow* parent, const wxString& name, const std::vector<Item>& items, int columns);

    std::size_t size() const { return m_boxes.size(); }
    bool isChecked(std::size_t index) const;
    void check(std::size_t index, bool checked);
    void SetFocus() override;
    wxWindow& focusControl() override { return *this; }
    // A reader hears the boxes as one group of that name.
    void nameAs(const wxString& name) override;

private:
    std::vector<wxCheckBox*> m_boxes;
};

// The check list of a closed list of the domain (choices<E>()), or of the part of it `include`
// accepts, read and written as the set of values ticked.
template <typename E>
class ChoiceChecklist : public CheckList {
public:
    using Filter = std::function<bool(E)>;

    ChoiceChecklist(wxWindow* parent, const wxString& name, int columns, const Filter& include = {})
        : CheckList(parent, name, itemsOf(include), columns)
    {
        for (const Choice<E>& choice : choices<E>())
            if (!include || include(choice.value))
                m_values.push_back(choice.value);
    }

    void setValues(const std::set<E>& values)
    {
        for (std::size_t i = 0; i < m_values.size(); ++i)
            check(i, values.contains(m_values[i]));
    }
    // Adds the ticked values to `values` (several lists may share one set).
    void addValuesTo(std::set<E>& values) const
    {
        for (std::size_t i = 0; i < m_values.size(); ++i)
            if (isChecked(i))
                values.insert(m_values[i]);
    }
    std::set<E> values() const
    {
        std::set<E> values;
        addValuesTo(values);
        return values;
    }

private:
    static std::vector<Item> itemsOf(const Filter& include)
    {
        std::vector<Item> items;
        for (const Choice<E>& choice : choices<E>())
            if (!include || include(choice.value))
                items.push_back({labelText(choice.value), std::string(choice.key)});
        return items;
    }

    std::vector<E> m_values;
};

} // namespace knotwork::ui
