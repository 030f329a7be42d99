#pragma once

#include <string>
#include <vector>
#include <wx/string.h>

#include "common/ui/field_error_markers.h"

class wxBoxSizer;
class wxFlexGridSizer;
class wxSizer;
class wxSizerItem;
class wxStaticText;
class wxStaticBoxSizer;
class wxTextCtrl;
class wxWindow;

namespace knotwork::ui {

// Spacing of every form (UI.md): 8 px between related fields, 16 px between groups.
int relatedGap(const wxWindow& window);
int groupGap(const wxWindow& window);

// The text of a one-line field without the spaces around it, as the domain's UTF-8.
std::string trimmedText(const wxTextCtrl& field);
// The text of a field as typed (several lines), as the domain's UTF-8.
std::string typedText(const wxTextCtrl& field);

// How wide a field is laid out.
enum class FieldWidth {
    Natural,  // as wide as it needs: numbers, dates, scales
    Text,     // a line of text: a steady width, not stretched across the box
    Full,     // stretched: notes, addresses, check lists
};

// The rows of one titled box: a label on the left (its mnemonic focuses the field), the field on
// the right with its error line below it. Fields are created with parent() as their parent.
class FormGrid {
public:
    // A titled box, stretched to the width of the form.
    FormGrid(wxWindow* parent, const wxString& title, FieldErrorMarkers& markers);
    ~FormGrid();
    FormGrid(const FormGrid&) = delete;
    FormGrid& operator=(const FormGrid&) = delete;

    wxWindow* parent() const { return m_parent; }
    // The controls of the one-control fields added, in order (a form watches them for changes).
    const std::vector<wxWindow*>& fields() const { return m_fields; }
    wxStaticBoxSizer* sizer() const { return m_box; }
    FieldErrorMarkers& markers() const { return m_markers; }

    // A field of one control, under the key its name gives (fieldKey).
    void add(const wxString& label, wxWindow* field, FieldWidth width = FieldWidth::Text);
    // A field of several controls (a number with its unit); `focus` is marked and focused.
    void add(const wxString& label, wxSizer* fields, wxWindow* focus, const std::string& key,
             FieldWidth width = FieldWidth::Natural);
    // A line of text, named after its key.
    wxTextCtrl* addText(const wxString& label, const std::string& key);
    // Several lines of text, named after its key.
    wxTextCtrl* addMultiLine(const wxString& label, const std::string& key, int lines = 3);
    // Something under the rows that takes the box's whole width: a check list, a table. With a
    // proportion it also takes a share of the height the box is given.
    void addWide(wxWindow* window, int proportion = 0);
    // Something under the rows at its own width: a button, a note.
    void addNatural(wxWindow* window);
    void addWide(wxSizer* sizer);
    // A short, muted explanation under the rows.
    void addNote(const wxString& text);

private:
    // The label of the next row, level with the first line of `alignWith`.
    wxStaticText* addLabel(const wxString& label, const wxWindow& alignWith, FieldWidth width);
    // Adds the next item of the box, 8 px under the one before.
    void place(wxSizerItem* item);

    wxWindow* m_parent;
    std::vector<wxWindow*> m_fields;
    wxStaticBoxSizer* m_box;
    wxBoxSizer* m_column;
    wxFlexGridSizer* m_grid;
    bool m_gridPlaced = false;
    FieldErrorMarkers& m_markers;
};

} // namespace knotwork::ui
