#include "common/ui/choice_checklist.h"

#include <wx/checkbox.h>
#include <wx/sizer.h>

#include "common/ui/accessibility.h"
#include "common/ui/tab_group.h"

namespace knotwork::ui {

CheckList::CheckList(wxWindow* parent, const wxString& name, const std::vector<Item>& items, int columns)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, name)
{
    const int gap = FromDIP(8);
    const std::size_t perColumn = (items.size() + static_cast<std::size_t>(columns) - 1) / static_cast<std::size_t>(columns);
    auto* grid = new wxFlexGridSizer(columns, gap / 2, 3 * gap);
    // Created in reading order (down each column) so Tab follows it; placed row by row.
    for (const Item& item : items)
        m_boxes.push_back(new wxCheckBox(this, wxID_ANY, item.label, wxDefaultPosition, wxDefaultSize, 0,
                                         wxDefaultValidator, name + "." + wxString::FromUTF8(item.key)));
    for (std::size_t row = 0; row < perColumn; ++row) {
        for (std::size_t column = 0; column < static_cast<std::size_t>(columns); ++column) {
            const std::size_t index = column * perColumn + row;
            if (index < m_boxes.size())
                grid->Add(m_boxes[index]);
            else
                grid->AddSpacer(0);
        }
    }
    SetSizer(grid);
    oneTabStop({m_boxes.begin(), m_boxes.end()});
}

bool CheckList::isChecked(std::size_t index) const
{
    return m_boxes.at(index)->IsChecked();
}

void CheckList::check(std::size_t index, bool checked)
{
    m_boxes.at(index)->SetValue(checked);
}

void CheckList::nameAs(const wxString& name)
{
    setAccessibleRole(*this, AccessibleRole::Group);
    setAccessibleName(*this, name);
}

void CheckList::SetFocus()
{
    if (!m_boxes.empty())
        m_boxes.front()->SetFocus();
}

} // namespace knotwork::ui
