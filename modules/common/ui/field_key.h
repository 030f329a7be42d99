#pragma once

#include <string>

class wxWindow;

namespace knotwork::ui {

// A form control knows its field key ("subjective.headache_days"): the key a ValidationError
// names, under which the form shows the error and by which tests find the control. It is the
// control's window name, given once where the control is created; a NumberField's is its text
// box's (the panel around the box, its arrows and its unit is "<key>.field").
std::string fieldKey(const wxWindow& control);

} // namespace knotwork::ui
