#pragma once

#include <vector>
#include <wx/panel.h>
#include <wx/string.h>

namespace knotwork::ui {

class ScrollingForm;

// The sections of a long form, listed beside it: each a link that scrolls the section's title
// to the top of the form and puts the focus in its first field, with its Ctrl+Alt+letter shown
// beside it. The letters work wherever the focus is in the form's window while the form is shown.
// When the window is too narrow for the index and the form's widest row, the index steps aside
// and each section's title shows its letters instead.
class SectionIndex : public wxPanel {
public:
    struct Section {
        wxString title;  // "Subjective"
        char key;        // 'S', for Ctrl+Alt+S
        wxWindow* top;   // scrolled to the top: the section's first box
        wxWindow* field; // focused: the section's first field (null: the first control in `top`)
    };

    SectionIndex(wxWindow* parent, ScrollingForm& form, std::vector<Section> sections, const wxString& name);
    ~SectionIndex() override;

    // Shows the section of `key` ('S' or 's'); false when the form has none.
    bool jumpTo(char key);
    // "Ctrl+Alt+S", as the index shows it.
    static wxString shortcutText(char key);

private:
    void onCharHook(wxKeyEvent& event);
    // Shows the index when the form keeps its width beside it, else the letters in the titles.
    void fitBesideForm();

    std::vector<wxString> m_titles;  // the sections' box titles as the form gave them
    int m_formNeeds = 0;             // the width of the form's widest row
    ScrollingForm& m_form;
    std::vector<Section> m_sections;
    wxWindow* m_topLevel;
};

} // namespace knotwork::ui
