#pragma once

#include <functional>
#include <vector>
#include <wx/panel.h>

class wxFlexGridSizer;
class wxStaticText;

namespace knotwork::ui {

// One row of a short list: who, what, and a button to act on it.
struct ShortListRow {
    wxString name;         // bold: "Zoë Martin"
    wxString detail;       // muted: "visit of 23/11/2026 · last saved 10:42"
    wxString buttonLabel;  // "Continue"
    wxString buttonName;   // the button's window name, for tests and accessibility tools
    wxString tooltip;
    std::function<void()> action;  // run after the click is handled: it may rebuild the list
};

// A titled short list on the Today view (unsigned notes, plans to look at): the first few rows
// and how many more there are.
class ShortListPanel : public wxPanel {
public:
    static constexpr std::size_t kShown = 5;

    ShortListPanel(wxWindow* parent, const wxString& name, const wxString& heading,
                   const wxString& explanation);

    void setRows(const std::vector<ShortListRow>& rows);

private:
    wxFlexGridSizer* m_rows;
    wxStaticText* m_more;
};

} // namespace knotwork::ui
