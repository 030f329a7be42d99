#pragma once

#include <optional>
#include <string>
#include <wx/panel.h>

#include "common/ui/field_naming.h"
#include "common/validator.h"

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

// A number that may be left empty (not asked yet): a short text field whose Up/Down keys step
// within the range (Page Up/Down ten steps), and its unit and range beside it, "h/day (0–24)".
// One Tab stop, named with its label and unit ("Sleep, hours a night (7–9 recommended)").
// What is typed is kept as typed; the form says what is wrong with it.
class NumberField : public wxPanel, public NamedField {
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
    wxWindow& focusControl() override;
    void nameAs(const wxString& name) override;

private:
    void step(int steps);
    void onKey(wxKeyEvent& event);
    void sayName();

    NumberSpec m_spec;
    wxTextCtrl* m_text;
    wxStaticText* m_unit;
    wxString m_name;
};

} // namespace knotwork::ui
