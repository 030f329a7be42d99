#pragma once

#include <filesystem>
#include <wx/dialog.h>

#include "app/practice/practice_location.h"
#include "integrity/integrity_report.h"

namespace knotwork::ui {
class TextTable;
}

namespace knotwork::gui {

// What a check of the records found (Today's "Details…", Check records…): each finding, its area
// and the record it is about beside what is wrong, in a list that scrolls; what was checked and
// the chain's head; Copy puts the whole list on the clipboard for whoever looks into it.
class RecordFindingsDialog : public wxDialog {
public:
    RecordFindingsDialog(wxWindow* parent, const app::PracticeLocation& practice,
                         const integrity::IntegrityReport& report);

    ui::TextTable& list() const { return *m_list; }
    // The findings and counts as plain text, as Copy puts them on the clipboard.
    wxString asText() const;

private:
    void copy();

    ui::TextTable* m_list;
    wxString m_text;
};

} // namespace knotwork::gui
