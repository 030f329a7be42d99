#pragma once
// A visit on the book for tests of the appointment book's rules: client 7 by default, an hour
// with a quarter hour of buffer after it.

#include "schedule/appointment.h"

namespace knotwork::testing {

inline schedule::Appointment bookedVisit(const LocalTime& start, int minutes = 60, int bufferMinutes = 15,
                                         schedule::AppointmentId id = 0, schedule::ClientId client = 7)
{
    schedule::Appointment visit;
    visit.id = id;
    visit.clientId = client;
    visit.start = start;
    visit.minutes = minutes;
    visit.bufferMinutes = bufferMinutes;
    return visit;
}

} // namespace knotwork::testing
