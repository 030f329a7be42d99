#include "common/ui/text_table.h"

#include <algorithm>
#include <wx/settings.h>

#include "common/ui/accessibility.h"

namespace knotwork::ui {

namespace {

// What a column needs around its text, in DIPs: GTK's own autosize leaves no room for the cell's
// margins, and a figure would end in "…".
constexpr int kCellMargins = 24;

} // namespace

class TextTable::Model : public wxDataViewVirtualListModel {
public:
    void setRows(std::vector<Row> rows)
    {
        m_rows = std::move(rows);
        Reset(static_cast<unsigned>(m_rows.size()));
    }
    const std::vector<Row>& rows() const { return m_rows; }

    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override
    {
        value = row < m_rows.size() && column < m_rows[row].cells.size() ? m_rows[row].cells[column] : wxString();
    }
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }
    bool GetAttrByRow(unsigned row, unsigned, wxDataViewItemAttr& attr) const override
    {
        if (row >= m_rows.size() || (!m_rows[row].colour.IsOk() && !m_rows[row].struckOut))
            return false;
        if (m_rows[row].colour.IsOk())
            attr.SetColour(m_rows[row].colour);
        attr.SetStrikethrough(m_rows[row].struckOut);
        return true;
    }

private:
    std::vector<Row> m_rows;
};

TextTable::TextTable(wxWindow* parent, const wxString& name, const wxString& accessibleName,
                     const std::vector<Column>& columns, const wxSize& size)
    : wxDataViewCtrl(parent, wxID_ANY, wxDefaultPosition, size, wxDV_SINGLE | wxDV_ROW_LINES, wxDefaultValidator, name),
      m_model(new Model)
{
    AssociateModel(m_model.get());
    for (std::size_t index = 0; index < columns.size(); ++index) {
        auto* renderer = new wxDataViewTextRenderer;
        renderer->EnableEllipsize(wxELLIPSIZE_END);
        m_widths.push_back(FromDIP(columns[index].width));
        m_widest.push_back(FromDIP(columns[index].widest));
        if (columns[index].fills)
            m_filling = static_cast<unsigned>(index);
        AppendColumn(new wxDataViewColumn(columns[index].title, renderer, static_cast<unsigned>(index),
                                          m_widths.back(), wxALIGN_LEFT, wxDATAVIEW_COL_RESIZABLE));
    }
    InvalidateBestSize();  // measured before the columns were there
    setAccessibleName(*this, accessibleName);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        fillRoom();
    });
    Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent& event) {
        event.Skip();
        if (m_selectionChanged)
            m_selectionChanged();
    });
    Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent& event) {
        if (event.GetItem().IsOk() && m_activated)
            m_activated(m_model->GetRow(event.GetItem()));
    });
}

void TextTable::setRows(std::vector<Row> rows)
{
    UnselectAll();
    m_model->setRows(std::move(rows));
}

std::size_t TextTable::rowCount() const
{
    return m_model->rows().size();
}

wxString TextTable::cell(std::size_t row, std::size_t column) const
{
    const std::vector<Row>& rows = m_model->rows();
    return row < rows.size() && column < rows[row].cells.size() ? rows[row].cells[column] : wxString();
}

std::optional<std::size_t> TextTable::selectedRow() const
{
    const wxDataViewItem item = GetSelection();
    if (!item.IsOk())
        return std::nullopt;
    return m_model->GetRow(item);
}

void TextTable::selectRow(std::size_t row)
{
    if (row >= rowCount())
        return;
    const wxDataViewItem item = m_model->GetItem(static_cast<unsigned>(row));
    Select(item);
    SetCurrentItem(item);
    EnsureVisible(item);
    if (m_selectionChanged)
        m_selectionChanged();
}

wxSize TextTable::DoGetBestSize() const
{
    wxSize best = wxDataViewCtrl::DoGetBestSize();
    int columns = 0;
    for (const int width : m_widths)
        columns += width;
    best.x = std::max(best.x, columns + wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this) + FromDIP(4));
    return best;
}

void TextTable::fitColumnsToContent()
{
    const int margins = FromDIP(kCellMargins);
    for (unsigned column = 0; column < GetColumnCount(); ++column) {
        int widest = GetTextExtent(GetColumn(column)->GetTitle()).x;
        for (const Row& row : m_model->rows())
            if (column < row.cells.size())
                widest = std::max(widest, GetTextExtent(row.cells[column]).x);
        m_widths[column] = m_widest[column] > 0 ? std::min(widest + margins, m_widest[column]) : widest + margins;
        GetColumn(column)->SetWidth(m_widths[column]);
    }
    fillRoom();
    InvalidateBestSize();
}

void TextTable::fillRoom()
{
    if (!m_filling)
        return;
    int room = GetClientSize().x - FromDIP(4);
    for (unsigned column = 0; column < m_widths.size(); ++column)
        if (column != *m_filling)
            room -= m_widths[column];
    const int title = GetTextExtent(GetColumn(*m_filling)->GetTitle()).x + FromDIP(kCellMargins);
    GetColumn(*m_filling)->SetWidth(std::max(title, std::min(room, m_widths[*m_filling])));
}

} // namespace knotwork::ui
