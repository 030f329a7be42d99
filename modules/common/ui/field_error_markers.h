#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>
#include <wx/stattext.h>
#include <wx/string.h>
#include <wx/weakref.h>

#include "common/error.h"

class wxSizer;
class wxWindow;

namespace knotwork::ui {

// The one table of a form from a field key of ValidationError ("email", "care_team[1].since") to
// the control that edits it, the red line under it that gives the reason, and its label, whose
// mnemonic (Alt+letter) focuses it.
class FieldErrorMarkers {
public:
    // `control` is focused when its field is the first marked; `message` shows the reason.
    void add(const std::string& key, wxWindow* control, wxStaticText* message);
    // The label of the field added under `key`.
    void setLabel(const std::string& key, wxStaticText* label);
    // The field whose label has the mnemonic `letter`; with several, the next one after the field
    // that has the focus. Null when no label has it.
    wxWindow* fieldForMnemonic(wxChar letter) const;
    // Problems of `key` are shown on the field of `shownOn`, added before.
    void addAlias(const std::string& key, const std::string& shownOn);
    // The field of `key` is a cell of a table: its reason wraps to the cell's width, so that it
    // never widens the column and pushes the row's last cells out of sight.
    void wrapInCell(const std::string& key);
    // Forgets every key that starts with `prefix` (rows about to be rebuilt).
    void removeWithPrefix(std::string_view prefix);

    // Shows each problem beside its field, several for one field on separate lines. Returns the
    // problems no field on the form answers to, for the message at the top.
    std::vector<FieldProblem> show(const std::vector<FieldProblem>& problems);
    void clear();
    // Scrolls to and focuses the marked field nearest the top of the form; false if none is.
    bool focusFirst() const;
    // The reason shown beside the field of `key`; empty when it is not marked.
    wxString messageFor(const std::string& key) const;

private:
    struct Field {
        wxWindow* control;
        wxStaticText* message;
        wxStaticText* label = nullptr;
        bool inCell = false;
    };
    std::map<std::string, Field, std::less<>> m_fields;
    wxWeakRef<wxStaticText> m_lastLine;  // rows of a table are destroyed and built again
};

// A control with its hidden error line below it, registered under `key` (nothing registered for
// an empty key). The sizer goes where the control would have gone.
wxSizer* withErrorLine(wxWindow* parent, wxWindow* control, FieldErrorMarkers& markers,
                       const std::string& key, bool expand);
wxSizer* withErrorLine(wxWindow* parent, wxSizer* controls, wxWindow* focus,
                       FieldErrorMarkers& markers, const std::string& key, bool expand);

// Lays out again every window from `changed` up to its dialog, after lines or rows were shown,
// hidden, added or removed inside a scrolled form.
void relayoutForm(wxWindow& changed);

// Scrolls the nearest scrolled ancestor of `window` so that `window` is in view.
void scrollIntoView(wxWindow& window);

} // namespace knotwork::ui
