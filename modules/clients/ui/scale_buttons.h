#pragma once

#include <optional>
#include <vector>
#include <wx/panel.h>

class wxToggleButton;

namespace knotwork::clients::ui {

// A 0–10 scale as a row of buttons (UI.md): one pressed at most; pressing it again leaves the
// scale unanswered. `anchors` explains the ends ("0 none · 10 worst imaginable").
class ScaleButtons : public wxPanel {
public:
    ScaleButtons(wxWindow* parent, const wxString& name, const wxString& anchors, int low = 0,
                 int high = 10);

    void setValue(std::optional<int> value);
    std::optional<int> value() const;
    // The button of one score, as a person would press it.
    wxToggleButton* button(int score) const;
    void SetFocus() override;

private:
    void onToggle(wxCommandEvent& event);
    void showChosen();

    int m_low;
    std::vector<wxToggleButton*> m_buttons;
};

} // namespace knotwork::clients::ui
