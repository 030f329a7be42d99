#pragma once
// Times on screen, one way everywhere: the locale's short time without seconds ("10:42",
// "10:42 AM", common/locale_date.h's shortTime), beside the day in the locale's short date
// format (wx_date.h).

#include <string>
#include <wx/string.h>

#include "common/calendar_date.h"
#include "common/timestamp.h"

namespace knotwork::ui {

// The day in the locale's short format as UTF-8: the DateFormatter (common/date_text.h) through
// which the domain's words (a note, a plan) write days and times the way the screen does.
std::string localeDateText(const Date& date);

wxString formatTime(const TimeOfDay& time);
// The time of day a moment fell on, on this computer's clock.
wxString formatTime(const Timestamp& moment);
// "23/11/2026 10:42": a moment on this computer's clock.
wxString formatMoment(const Timestamp& moment);

} // namespace knotwork::ui
