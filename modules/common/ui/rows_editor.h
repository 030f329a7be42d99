#pragma once

#include <string>
#include <vector>
#include <wx/string.h>

class wxBoxSizer;
class wxFlexGridSizer;
class wxSizer;
class wxStaticText;
class wxWindow;

namespace knotwork::ui {

class FieldErrorMarkers;

// A small table of records edited in place (the care team, the diagnoses on file): a header,
// a Remove button per row, an Add button under it, and a note while there are no rows. Each
// cell marks its own problems: "<list key>[<row>].<field>".
class RowsEditor {
public:
    struct Column {
        wxString title;
        int proportion;  // 0: as wide as the control needs; more: shares the spare width
    };

    virtual ~RowsEditor() = default;
    RowsEditor(const RowsEditor&) = delete;
    RowsEditor& operator=(const RowsEditor&) = delete;

    wxSizer* sizer() const;
    // Adds an empty row and focuses it.
    void addRow();
    // Where the form puts more buttons, after Add.
    wxBoxSizer* buttonRow() const { return m_buttons; }

protected:
    RowsEditor(wxWindow* parent, FieldErrorMarkers& markers, std::string listKey,
               std::vector<Column> columns, const wxString& emptyNote, const wxString& addLabel);

    wxWindow* parent() const { return m_parent; }
    // How a reader names a row, with its number from 1: _("Goal %d"). Its cells are named for it
    // and their column, "Goal 2, Target"; "Row %d" unless the editor says.
    void nameRows(const wxString& format) { m_rowFormat = format; }
    // Reads the controls into the rows, then builds the table again from the rows.
    void refresh();
    // Builds the table again from the rows (after load()).
    void rebuild();
    // From createRow(): the next cell of row `row`, in column order.
    void addCell(std::size_t row, wxWindow* control, const std::string& field);
    // The name of the control of `field` in row `row`: its key, "care_team[0].since".
    wxString cellName(std::size_t row, const std::string& field) const;
    // Problems of `field` in row `row` are shown on the cell of `shownOn`.
    void markOnCell(std::size_t row, const std::string& field, const std::string& shownOn);

    virtual std::size_t rowCount() const = 0;
    // Creates the controls of row `index` from the rows, calling addCell() for each column.
    virtual void createRow(std::size_t index) = 0;
    // The controls were destroyed: forget them.
    virtual void forgetControls() = 0;
    // Reads what the controls show into the rows.
    virtual void readControls() = 0;
    virtual void appendRow() = 0;
    virtual void eraseRow(std::size_t index) = 0;

private:
    void removeRow(std::size_t index);
    std::string cellKey(std::size_t row, const std::string& field) const;
    wxString rowName(std::size_t row) const;

    wxWindow* m_parent;
    FieldErrorMarkers& m_markers;
    std::string m_listKey;
    std::vector<Column> m_columns;
    wxBoxSizer* m_sizer;
    wxFlexGridSizer* m_table;
    wxStaticText* m_emptyNote;
    wxBoxSizer* m_buttons;
    std::vector<wxWindow*> m_firstCells;
    wxString m_rowFormat;
};

// A RowsEditor over a list of records: the rows, and the controls that show each.
template <typename Row, typename Controls>
class RecordRowsEditor : public RowsEditor {
public:
    void load(const std::vector<Row>& rows)
    {
        m_rows = rows;
        rebuild();
    }
    // What the rows show now.
    virtual std::vector<Row> rows() const = 0;
    // Adds a filled-in row.
    void append(const Row& row)
    {
        readControls();
        m_rows.push_back(row);
        rebuild();
    }

protected:
    using RowsEditor::RowsEditor;

    const Row& rowAt(std::size_t index) const { return m_rows[index]; }
    // The row Add puts under the others: an empty record unless the form knows better.
    virtual Row newRow() const { return Row{}; }
    std::vector<Controls> m_controls;  // createRow() adds each row's

private:
    std::size_t rowCount() const override { return m_rows.size(); }
    void forgetControls() override { m_controls.clear(); }
    void readControls() override { m_rows = rows(); }
    void appendRow() override { m_rows.push_back(newRow()); }
    void eraseRow(std::size_t index) override { m_rows.erase(m_rows.begin() + static_cast<std::ptrdiff_t>(index)); }

    std::vector<Row> m_rows;
};

} // namespace knotwork::ui
