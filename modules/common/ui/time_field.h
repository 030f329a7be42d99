#pragma once

#include <optional>
#include <string>
#include <wx/textctrl.h>

#include "common/calendar_date.h"
#include "common/validator.h"

namespace knotwork::ui {

// A time of day that may be left empty: a short text field that shows the time the locale's way
// (formatTime, "10:30 AM") and reads it typed that way or on the 24-hour clock ("14:05").
// What is typed is kept as typed; the form says what is wrong with it.
class TimeField : public wxTextCtrl {
public:
    TimeField(wxWindow* parent, const std::string& name);

    void setTime(const std::optional<TimeOfDay>& time);
    // The time typed, or nothing for an empty field. Text that is no time of day adds a problem
    // under the field's key (its name) and gives nothing.
    std::optional<TimeOfDay> read(Validator& problems) const;
};

} // namespace knotwork::ui
