#pragma once

#include <vector>
#include <wx/dialog.h>

namespace knotwork::ui {

class TextTable;

// One field of a record as an editor shows it: its label and its value as text. Each editor that
// can meet a conflict has one function giving these for its record, in the form's order.
struct FieldText {
    wxString label;
    wxString value;
};
using FieldTexts = std::vector<FieldText>;

// A field whose value differs between two versions of a record.
struct FieldDifference {
    wxString label;
    wxString yours;
    wxString theirs;
};

// The fields, in the order of `yours`, whose values differ (a field only one side has counts,
// with "" on the other side).
std::vector<FieldDifference> differingFields(const FieldTexts& yours, const FieldTexts& theirs);

// What to do when the record being saved was saved at another desk since it was opened.
enum class ConflictChoice {
    KeepMine,    // save again over the other desk's version (audited as any change)
    TakeTheirs,  // show the other desk's version, discarding what was typed
    GoBack,      // keep editing; nothing is saved
};

// Shows both versions of a record two desks edited at once, field by field — label | Yours |
// Saved at the other desk — and asks which to keep. Escape and the close box go back. Fits a
// 1024×600 screen; the list scrolls.
class ConflictDialog : public wxDialog {
public:
    // `record` names the record in a sentence: "Zoë Martin's details".
    ConflictDialog(wxWindow* parent, const wxString& record, const FieldTexts& yours, const FieldTexts& theirs);

    // After ShowModal.
    ConflictChoice choice() const { return m_choice; }
    const TextTable& differences() const { return *m_table; }
    // Chooses as the button would, closing the dialog (tests, and the buttons).
    void choose(ConflictChoice choice);

private:
    TextTable* m_table;
    ConflictChoice m_choice = ConflictChoice::GoBack;
};

// Shows a ConflictDialog (named "conflict-dialog") and returns what the person chose.
ConflictChoice askAboutConflict(wxWindow* parent, const wxString& record, const FieldTexts& yours,
                                const FieldTexts& theirs);

} // namespace knotwork::ui
