#pragma once

#include <optional>
#include <utility>
#include <vector>
#include <wx/panel.h>

class wxToggleButton;

namespace knotwork::ui {

// A 0–10 scale as a row of buttons (UI.md): one pressed at most; pressing it again leaves the
// scale unanswered. `anchors` explains the ends ("0 none · 10 worst imaginable"). Also a yes/no
// question that starts unanswered.
class ScaleButtons : public wxPanel {
public:
    ScaleButtons(wxWindow* parent, const wxString& name, const wxString& anchors, int low = 0,
                 int high = 10);
    // A question answered "No" (0) or "Yes" (1), unanswered until one is pressed; the buttons
    // are named `name`.no and `name`.yes.
    static ScaleButtons* yesNo(wxWindow* parent, const wxString& name);

    void setValue(std::optional<int> value);
    std::optional<int> value() const;
    // The button of one score, as a person would press it.
    wxToggleButton* button(int score) const;
    void SetFocus() override;

private:
    // Each option: its label and the suffix of its button's name; values count up from `low`.
    using Option = std::pair<wxString, wxString>;
    ScaleButtons(wxWindow* parent, const wxString& name, const wxString& anchors, int low,
                 const std::vector<Option>& options);
    static std::vector<Option> numbered(int low, int high);
    void onToggle(wxCommandEvent& event);
    void showChosen();

    int m_low;
    std::vector<wxToggleButton*> m_buttons;
};

} // namespace knotwork::ui
