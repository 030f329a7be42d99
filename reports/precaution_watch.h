#pragma once

#include <string>
#include <vector>

#include "sessions/soap_note.h"

namespace knotwork::reports {

// A precaution of the plan that the record says was met: the plan's own words and what in the
// period's notes matches them, with the numbers.
struct PrecautionAlert {
    std::string precaution;             // the clause of the plan's precautions, as written
    std::vector<std::string> evidence;  // one sentence each, dates and figures included
};

// Reads the plan's precautions for the changes it says to watch (the headache pattern,
// dizziness, arm symptoms, vision) and looks for them in the period's signed notes (oldest
// first): a re-screen answered yes to the matching flag, or, for the headache pattern, headache
// days or average intensity that rose over the last three visits with a diary (never fell
// between them, and rose by at least 2 days a month or 2 points in all). Nothing is inferred
// from free text.
std::vector<PrecautionAlert> precautionAlerts(const std::string& precautions,
                                              const std::vector<sessions::SoapNote>& notes);

} // namespace knotwork::reports
