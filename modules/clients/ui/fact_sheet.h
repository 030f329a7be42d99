#pragma once

#include <vector>
#include <wx/scrolwin.h>

class wxBoxSizer;
class wxFlexGridSizer;
class wxStaticText;

namespace knotwork::clients::ui {

// A read-only page of titled groups of "label  value" rows, scrolling when long, its text
// wrapped to the page's width. The chart's tabs rebuild it whole each time the chart is shown.
class FactSheet : public wxScrolledWindow {
public:
    FactSheet(wxWindow* parent, const wxString& name);

    // Forgets every row, before building the page again.
    void clear();
    void beginGroup(const wxString& title);
    // A row; an empty value shows as "—". Returns a row under the value, for badges or buttons.
    wxSizer* addFact(const wxString& label, const wxString& value);
    // A sentence across the group, e.g. "No consents on file."
    void addText(const wxString& text);
    // Lays the page out after building it.
    void finish();

private:
    struct WrappedText {
        wxStaticText* control;
        wxString text;
        bool acrossLabels;  // a sentence that spans the label column too
    };

    wxFlexGridSizer* grid();
    wxStaticText* wrappedText(const wxString& text, bool acrossLabels);
    int wrapWidth(bool acrossLabels) const;
    void rewrap();

    wxBoxSizer* m_column = nullptr;
    wxFlexGridSizer* m_grid = nullptr;  // the rows since the last heading or sentence
    std::vector<WrappedText> m_texts;
    int m_wrappedAt = 0;
};

} // namespace knotwork::clients::ui
