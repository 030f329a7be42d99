#pragma once

#include <optional>
#include <wx/panel.h>

#include "common/calendar_date.h"
#include "common/ui/field_naming.h"

class wxCheckBox;
class wxDatePickerCtrl;

namespace knotwork::ui {

// A day that may be unknown (a date of birth, an expiry): a check box that says whether there is
// one, and a date picker in the locale's day order, enabled while it is ticked. Unticked, the
// picker is empty: no day is suggested until the box is ticked (then today, to change).
class OptionalDateField : public wxPanel, public NamedField {
public:
    // `known` labels the check box ("Known", "Expires").
    OptionalDateField(wxWindow* parent, const wxString& name, const wxString& known);

    void setDate(const std::optional<Date>& date);
    std::optional<Date> date() const;

    wxCheckBox* checkBox() const { return m_known; }
    wxDatePickerCtrl* picker() const { return m_picker; }
    void SetFocus() override;
    wxWindow& focusControl() override;
    // The check box says the name and its own words ("Date of birth, Known"), the picker the name.
    void nameAs(const wxString& name) override;

private:
    void onKnownChanged(wxCommandEvent& event);

    wxCheckBox* m_known;
    wxDatePickerCtrl* m_picker;
};

} // namespace knotwork::ui
