#pragma once
// The appointment book in words on screen: days, the week, a visit as a block shows it and as a
// screen reader says it.

#include <wx/string.h>

#include "common/ui/conflict_dialog.h"
#include "clients/client.h"
#include "schedule/appointment.h"

namespace knotwork::schedule::ui {

// What the calendar shows of a visit beyond its time: who, what, and what to keep in mind.
struct VisitWords {
    wxString shortName;  // "Zoë M."
    wxString fullName;   // "Zoë Martin"
    wxString service;    // "Treatment, 60 min"
    wxString badges;     // "Referral only · Pregnant (positioning)", empty when none
};

// "Zoë M.": the name the client goes by and the family name's initial.
wxString shortClientName(const clients::Client& client);
// "Tue 8": a column of the week.
wxString dayHeading(const Date& day);
// "Tuesday 8 December 2026".
wxString longDay(const Date& day);
// "Week of Monday 7 December 2026".
wxString weekTitle(const Date& monday);
// "December 2026": the month overview's title.
wxString monthTitle(const Date& day);
// "45 min", "1 h", "1 h 30 min".
wxString minutesText(int minutes);
// "Tue 08/12/2026 10:00": the weekday, then the day and the time the locale's way.
wxString shortDayAndTime(const LocalTime& time);
// "10:00–11:00".
wxString visitTimes(const Appointment& visit);
// "Tuesday 8 December 2026, 10:00–11:00, Zoë Martin, Treatment, 60 min, Booked", then its badges.
wxString describeVisit(const Appointment& visit, const VisitWords& words);
// The visit's fields a desk can change (when, how long, the buffer after, status, notes) as
// text: what the conflict dialog compares when two desks changed one visit.
knotwork::ui::FieldTexts visitFieldTexts(const Appointment& visit);

} // namespace knotwork::schedule::ui
