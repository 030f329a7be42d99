#include "schedule/attendance.h"

namespace knotwork::schedule {

Attendance countAttendance(std::span<const Appointment> visits, const Date& from, const Date& to)
{
    Attendance counts;
    for (const Appointment& visit : visits) {
        const Date day = visit.start.date();
        if (day < from || day > to)
            continue;
        switch (visit.status) {
            case AppointmentStatus::Completed: ++counts.completed; break;
            case AppointmentStatus::Cancelled: ++counts.cancelled; break;
            case AppointmentStatus::LateCancelled: ++counts.lateCancelled; break;
            case AppointmentStatus::NoShow: ++counts.noShows; break;
            case AppointmentStatus::Booked:
            case AppointmentStatus::Arrived: break;
        }
    }
    return counts;
}

} // namespace knotwork::schedule
