#pragma once

#include <optional>
#include <string>
#include <wx/panel.h>

#include "common/validator.h"

class wxSpinButton;
class wxSpinEvent;
class wxStaticText;
class wxTextCtrl;

namespace knotwork::ui {

// The range and step of a NumberField. Whole numbers have no decimals.
struct NumberSpec {
    double low = 0;
    double high = 0;
    double step = 1;
    int decimals = 0;
};

// A number that may be left empty (not asked yet): a short text field with spin arrows (and the
// Up/Down keys) that step within the range, and its unit and range beside it, "h/day (0–24)".
// What is typed is kept as typed; the form says what is wrong with it.
class NumberField : public wxPanel {
public:
    NumberField(wxWindow* parent, const std::string& name, const NumberSpec& spec,
                const wxString& unitAndRange);

    void setValue(std::optional<double> value);
    // The number typed, or nothing for an empty field. Text that is not a number (or not a whole
    // one where one is expected) adds a problem under the field's key (its name) and gives nothing.
    std::optional<double> read(Validator& problems) const;
    std::optional<int> readWhole(Validator& problems) const;

    // Says what the number means where it depends on the record ("days since the last visit").
    void setUnit(const wxString& unitAndRange);
    wxString unit() const;
    wxTextCtrl* text() const { return m_text; }
    void SetFocus() override;

private:
    void step(int direction);
    void onKey(wxKeyEvent& event);

    NumberSpec m_spec;
    wxTextCtrl* m_text;
    wxSpinButton* m_arrows;
    wxStaticText* m_unit;
};

} // namespace knotwork::ui
