#pragma once

#include "clients/client_chart.h"
#include "common/ui/conflict_dialog.h"

namespace knotwork::clients::ui {

// The intake's fields as the form labels them, with their values as text, in the form's order:
// what the conflict dialog compares when two desks saved one client's intake.
knotwork::ui::FieldTexts intakeFieldTexts(const IntakeRecord& record);

} // namespace knotwork::clients::ui
