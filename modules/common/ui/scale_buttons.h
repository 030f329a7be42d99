#pragma once

#include <optional>
#include <utility>
#include <vector>
#include <wx/window.h>

#include "common/ui/field_naming.h"

class wxToggleButton;

namespace knotwork::ui {

// A 0–10 scale as a row of buttons (UI.md): one pressed at most; pressing it again leaves the
// scale unanswered. `anchors` explains the ends ("0 none · 10 worst imaginable"). Also a yes/no
// question that starts unanswered.
// For the keyboard the row is one Tab stop, framed while it has the focus: Left/Right (and a
// scale's Up/Down; a yes/no row leaves them to the questions around it) move the choice, Home/End go to the ends, a digit (or a yes/no answer's first letter) chooses,
// Delete or Backspace leave it unanswered. A reader hears the row's name with the choice:
// "Average intensity, 7 of 10", "…, not answered", a yes/no "…, Yes".
class ScaleButtons : public wxWindow, public NamedField {
public:
    ScaleButtons(wxWindow* parent, const wxString& name, const wxString& anchors, int low = 0,
                 int high = 10);
    // A question answered "No" (0) or "Yes" (1), unanswered until one is pressed; the buttons
    // are named `name`.no and `name`.yes.
    static ScaleButtons* yesNo(wxWindow* parent, const wxString& name);
    // A question answered by one of `options` (its label, and the suffix of its button's name),
    // valued 0, 1, … in order; a key chooses by the label's first letter.
    static ScaleButtons* choice(wxWindow* parent, const wxString& name,
                                const std::vector<std::pair<wxString, wxString>>& options);

    void setValue(std::optional<int> value);
    std::optional<int> value() const;
    // The button of one score, as a person would press it.
    wxToggleButton* button(int score) const;

    bool AcceptsFocus() const override { return true; }
    bool AcceptsFocusFromKeyboard() const override { return true; }
    wxWindow& focusControl() override { return *this; }
    void nameAs(const wxString& name) override;

private:
    // Each option: its label and the suffix of its button's name; values count up from `low`.
    using Option = std::pair<wxString, wxString>;
    ScaleButtons(wxWindow* parent, const wxString& name, const wxString& anchors, int low,
                 const std::vector<Option>& options, bool numbered);
    static std::vector<Option> numbered(int low, int high);
    int high() const { return m_low + static_cast<int>(m_buttons.size()) - 1; }
    void onToggle(wxCommandEvent& event);
    void onKey(wxKeyEvent& event);
    void onPaint(wxPaintEvent& event);
    // The choice a key asks for: the same when the key does not choose, nothing to clear.
    std::optional<int> chosenByKey(const wxKeyEvent& event) const;
    // Chooses `value` as a person did: the form hears of the change.
    void choose(std::optional<int> value);
    void showChosen();

    int m_low;
    bool m_numbered;
    wxString m_name;
    std::vector<wxToggleButton*> m_buttons;
};

} // namespace knotwork::ui
