#pragma once
// The colours the week calendar and the month overview share, so a closed day or time off looks
// the same in both.

#include <wx/colour.h>

namespace knotwork::schedule::ui {

inline const wxColour kCalendarGridLine(210, 210, 210);
inline const wxColour kCalendarClosed(238, 238, 238);
inline const wxColour kCalendarTimeOff(150, 150, 150);   // hatched
inline const wxColour kCalendarAlarm(196, 30, 30);       // a conflict, a no-show
inline const wxColour kCalendarNow(214, 40, 40);         // the time now, today

} // namespace knotwork::schedule::ui
