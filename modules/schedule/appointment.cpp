#include "schedule/appointment.h"

namespace knotwork::schedule {

bool holdsTime(AppointmentStatus status)
{
    return status != AppointmentStatus::Cancelled && status != AppointmentStatus::LateCancelled;
}

bool isUpcoming(AppointmentStatus status)
{
    return status == AppointmentStatus::Booked || status == AppointmentStatus::Arrived;
}

bool isMissed(AppointmentStatus status)
{
    return status == AppointmentStatus::LateCancelled || status == AppointmentStatus::NoShow;
}

bool mayCheckOut(AppointmentStatus status)
{
    return status == AppointmentStatus::Arrived || status == AppointmentStatus::Completed || isMissed(status);
}

long long noticeMinutes(const Appointment& appointment, const Cancellation& cancellation)
{
    const boost::posix_time::time_duration notice = utcOfLocal(appointment.start).utc() - cancellation.at.utc();
    return notice.total_seconds() / 60;
}

} // namespace knotwork::schedule
