#pragma once

#include <span>

#include "schedule/appointment.h"

namespace knotwork::schedule {

// A client's visits between two days (both included), for the progress report's attendance line
// and the chart. Visits still to come or under way are not counted.
struct Attendance {
    int completed = 0;
    int cancelled = 0;      // with enough notice, by either side
    int lateCancelled = 0;  // by the client, inside the policy's window
    int noShows = 0;

    // Whether the book holds any counted visit: none when the practice books elsewhere.
    bool any() const { return completed + cancelled + lateCancelled + noShows > 0; }
    friend bool operator==(const Attendance&, const Attendance&) = default;
};

// Counts `visits` (one client's) that start on a day from `from` to `to`.
Attendance countAttendance(std::span<const Appointment> visits, const Date& from, const Date& to);

} // namespace knotwork::schedule
