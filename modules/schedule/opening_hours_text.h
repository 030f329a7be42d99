#pragma once
// A weekday's opening hours as one line of text, the way the CLI and the settings screen take
// them: "09:00-12:00, 13:00-17:00" (a hyphen or an en dash, stretches apart by commas), 24:00
// for midnight; empty or "closed" for a closed day.

#include <string>
#include <vector>

#include "schedule/working_week.h"

namespace knotwork::schedule {

// ValidationError(field, "hours-format") naming `label` when the text is not stretches of times.
// Whether the stretches make sense (in order, closing after opening) is validateWorkingWeek's.
std::vector<OpeningHours> parseOpeningHours(const std::string& text, const std::string& field,
                                            const std::string& label);
// "09:00–12:00, 13:00–17:00"; empty for a closed day.
std::string openingHoursText(const std::vector<OpeningHours>& stretches);

} // namespace knotwork::schedule
