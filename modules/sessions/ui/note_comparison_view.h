#pragma once

#include <vector>
#include <wx/scrolwin.h>

#include "sessions/ui/note_comparison.h"

class wxGridBagSizer;
class wxStaticText;

namespace knotwork::sessions::ui {

// Two notes side by side: a row per line of the notes (label, older value, newer value, change),
// under a heading per section. Changed values stand out in bold with the change beside them;
// unchanged ones are muted. Text wraps to the columns' width and the page scrolls.
class NoteComparisonView : public wxScrolledWindow {
public:
    NoteComparisonView(wxWindow* parent, const wxString& name);

    // `olderTitle`/`newerTitle` head the value columns ("Visit of 3/11/2026").
    void show(const std::vector<ComparedSection>& sections, const wxString& olderTitle,
              const wxString& newerTitle, bool onlyChanged);

private:
    enum ColumnKind { Label, Value, Change };
    struct WrappedText {
        wxStaticText* control;
        wxString text;
        ColumnKind kind;
    };

    wxStaticText* cell(const wxString& text, ColumnKind kind, bool bold, bool muted);
    void addHeading(int row, const wxString& title, bool first);
    int columnWidth(ColumnKind kind) const;
    void rewrap();

    wxGridBagSizer* m_grid = nullptr;
    std::vector<WrappedText> m_texts;
    int m_wrappedAt = 0;
};

} // namespace knotwork::sessions::ui
