#pragma once
// A practice of its own with a week of visits on the book, for the tests of the Schedule view and
// Today's appointments: the week of kTestDay (Monday 23 November 2026, noon), Monday to Friday
// 09:00–17:00 as a new practice opens.

#include <string>

#include "practice_file_test.h"
#include "schedule/schedule_service.h"

namespace knotwork::gui::testing {

struct ScheduleBook {
    clients::ClientId odile = 0;    // Odile Quarrington, no precautions
    clients::ClientId zoe = 0;      // Zoë Martin
    clients::ClientId chloe = 0;    // Chloé Nguyen, on anticoagulants: a precaution on her visits
    clients::ClientId an = 0;       // An Tran, a red flag: referral visits only
    schedule::AppointmentId mondayMorning = 0;    // Mon 23 09:00–10:00, Odile, already begun
    schedule::AppointmentId mondayAfternoon = 0;  // Mon 23 13:00–14:00, Zoë
    schedule::AppointmentId tuesdayLong = 0;      // Tue 24 10:00–11:30, Zoë
    schedule::AppointmentId tuesdayOverlap = 0;   // Tue 24 10:30–11:00, Chloé: overlaps Zoë's
    schedule::AppointmentId wednesday = 0;        // Wed 25 09:00–10:30, An, referral only
    schedule::AppointmentId fridayLate = 0;       // Fri 27 16:30–17:30, Odile: past closing
    schedule::AppointmentId nextTuesday = 0;      // Tue 1 December 11:00–12:00, Zoë
};

// Opens a new practice file named `stem` in the main window and books the week of ScheduleBook.
ScheduleBook openPracticeWithABookedWeek(const std::string& stem);

// A wall-clock time of kTestDay's week: day 0 is Monday 23 November 2026.
LocalTime testWeekAt(int day, int hour, int minute = 0);

} // namespace knotwork::gui::testing
