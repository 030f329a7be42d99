#include "common/ui/rows_editor.h"

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/accessibility.h"
#include "common/ui/field_error_markers.h"
#include "common/ui/field_naming.h"
#include "common/ui/form_grid.h"

namespace knotwork::ui {

RowsEditor::RowsEditor(wxWindow* parent, FieldErrorMarkers& markers, std::string listKey,
                       std::vector<Column> columns, const wxString& emptyNote, const wxString& addLabel)
    : m_parent(parent),
      m_markers(markers),
      m_listKey(std::move(listKey)),
      m_columns(std::move(columns)),
      m_sizer(new wxBoxSizer(wxVERTICAL)),
      m_buttons(new wxBoxSizer(wxHORIZONTAL)),
      m_rowFormat(_("Row %d"))
{
    const int gap = relatedGap(*parent);
    m_table = new wxFlexGridSizer(static_cast<int>(m_columns.size()) + 1, gap, gap);
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].proportion > 0)
            m_table->AddGrowableCol(i, m_columns[i].proportion);
    m_emptyNote = new wxStaticText(parent, wxID_ANY, emptyNote);
    m_emptyNote->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    auto* add = new wxButton(parent, wxID_ANY, addLabel, wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, wxString::FromUTF8(m_listKey + ".add"));
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addRow(); });
    m_buttons->Add(add);

    m_sizer->Add(m_table, wxSizerFlags().Expand());
    m_sizer->Add(m_emptyNote, wxSizerFlags().Border(wxBOTTOM, gap));
    m_sizer->Add(m_buttons, wxSizerFlags().Border(wxTOP, gap));
}

wxSizer* RowsEditor::sizer() const
{
    return m_sizer;
}

void RowsEditor::addRow()
{
    readControls();
    appendRow();
    rebuild();
    if (!m_firstCells.empty())
        m_firstCells.back()->SetFocus();
}

void RowsEditor::refresh()
{
    readControls();
    rebuild();
}

void RowsEditor::removeRow(std::size_t index)
{
    readControls();
    eraseRow(index);
    rebuild();
}

void RowsEditor::rebuild()
{
    m_markers.removeWithPrefix(m_listKey + "[");
    m_table->Clear(true);
    forgetControls();
    m_firstCells.clear();
    const std::size_t rows = rowCount();
    if (rows > 0) {
        for (const Column& column : m_columns)
            m_table->Add(new wxStaticText(m_parent, wxID_ANY, column.title), wxSizerFlags().Bottom());
        m_table->AddSpacer(0);
    }
    for (std::size_t row = 0; row < rows; ++row) {
        createRow(row);
        auto* remove = new wxButton(m_parent, wxID_ANY, _("Remove"), wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, cellName(row, "remove"));
        // Removing destroys the button whose click is being handled: do it once that is over.
        setAccessibleName(*remove, wxString::Format(_("Remove %s"), rowName(row)));
        remove->Bind(wxEVT_BUTTON, [this, row](wxCommandEvent&) { m_parent->CallAfter([this, row] { removeRow(row); }); });
        m_table->Add(remove, wxSizerFlags().Top());
    }
    m_emptyNote->Show(rows == 0);
    // New rows are the box's last children; Tab should reach them before the buttons under them.
    if (rows > 0) {
        wxWindow* previous = m_parent->GetChildren().GetLast()->GetData();
        for (wxSizerItem* item : m_buttons->GetChildren()) {
            wxWindow* button = item->GetWindow();
            if (button && button != previous) {
                button->MoveAfterInTabOrder(previous);
                previous = button;
            }
        }
    }
    relayoutForm(*m_emptyNote);
}

void RowsEditor::addCell(std::size_t row, wxWindow* control, const std::string& field)
{
    if (m_firstCells.size() <= row)
        m_firstCells.push_back(control);
    const std::size_t column = m_table->GetItemCount() % (m_columns.size() + 1);
    const bool grows = column < m_columns.size() && m_columns[column].proportion > 0;
    m_table->Add(withErrorLine(m_parent, control, m_markers, cellKey(row, field), grows), wxSizerFlags().Expand());
    m_markers.wrapInCell(cellKey(row, field));
    if (column < m_columns.size())
        /* TRANSLATORS: a cell of a table named for its row and column: "Goal 2, Target" */
        nameField(*control, wxString::Format(_("%s, %s"), rowName(row), m_columns[column].title));
}

wxString RowsEditor::rowName(std::size_t row) const
{
    return wxString::Format(m_rowFormat, static_cast<int>(row) + 1);
}

void RowsEditor::markOnCell(std::size_t row, const std::string& field, const std::string& shownOn)
{
    m_markers.addAlias(cellKey(row, field), cellKey(row, shownOn));
}

wxString RowsEditor::cellName(std::size_t row, const std::string& field) const
{
    return wxString::FromUTF8(cellKey(row, field));
}

std::string RowsEditor::cellKey(std::size_t row, const std::string& field) const
{
    return m_listKey + "[" + std::to_string(row) + "]." + field;
}

} // namespace knotwork::ui
