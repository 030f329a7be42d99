#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>
#include <wx/colour.h>
#include <wx/dataview.h>

namespace knotwork::ui {

// A read-only table of text on the platform's own list (GtkTreeView under GTK), so a screen
// reader gets its rows, cells, headers and selection; rows are read only as they are shown, so a
// long list stays quick. One row is chosen at a time; double-click or Enter activates it.
class TextTable : public wxDataViewCtrl {
public:
    struct Column {
        wxString title;
        int width;  // in DIPs
        int widest = 0;  // in DIPs: fitColumnsToContent makes it no wider (0: as its content), its text ends in "…"
        // Takes the room the other columns leave, as the table is resized, up to its content and
        // down to its title; its text ends in "…". One column at most.
        bool fills = false;
    };
    struct Row {
        std::vector<wxString> cells;
        wxColour colour = wxNullColour;  // a met goal's green, a voided measure's grey
        bool struckOut = false;          // a voided measure, kept on record
    };

    // `name` finds the window; `accessibleName` is what a reader says for the table.
    TextTable(wxWindow* parent, const wxString& name, const wxString& accessibleName,
              const std::vector<Column>& columns, const wxSize& size = wxDefaultSize);

    // Replaces the rows; none is chosen afterwards.
    void setRows(std::vector<Row> rows);
    std::size_t rowCount() const;
    wxString cell(std::size_t row, std::size_t column) const;

    std::optional<std::size_t> selectedRow() const;
    // Chooses `row` as a click would: the selection handler runs.
    void selectRow(std::size_t row);
    // Runs when the chosen row changes (also to none).
    void onSelectionChanged(std::function<void()> changed) { m_selectionChanged = std::move(changed); }
    // Runs on double-click or Enter on a row.
    void onActivated(std::function<void(std::size_t row)> activated) { m_activated = std::move(activated); }

    // Each column as wide as its widest cell or its title, with the margins around them, up to
    // the column's `widest`; the filling column then as wide as there is room for.
    void fitColumnsToContent();

protected:
    // As wide as its columns, as the list it replaces was: a dialog fits the table to them.
    wxSize DoGetBestSize() const override;

private:
    class Model;

    // The filling column's width from the room the others leave.
    void fillRoom();

    wxObjectDataPtr<Model> m_model;
    std::vector<int> m_widths;  // the columns' widths as set: GTK gives none before it lays them out
    std::vector<int> m_widest;  // the columns' limits in pixels; 0: none
    std::optional<unsigned> m_filling;
    std::function<void()> m_selectionChanged;
    std::function<void(std::size_t)> m_activated;
};

} // namespace knotwork::ui
