#pragma once

#include "common/ui/conflict_dialog.h"
#include "sessions/soap_note.h"

namespace knotwork::sessions::ui {

// A note's visit (date, start, length), then its lines as the note reads (describeNote), each
// labelled with its section ("Subjective: Headache days"): what the conflict dialog compares when
// two desks saved one draft.
knotwork::ui::FieldTexts noteFieldTexts(const SoapNote& note);

} // namespace knotwork::sessions::ui
