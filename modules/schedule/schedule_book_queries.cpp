// ScheduleService: what the book says about a client's attendance and who a freed time could serve.
#include <algorithm>

#include "schedule/schedule_service.h"

namespace knotwork::schedule {

Attendance ScheduleService::attendance(ClientId client, const Date& from, const Date& to)
{
    return countAttendance(m_book.appointmentsOf(client), from, to);
}

std::vector<WaitlistEntry> ScheduleService::waitlistFor(AppointmentId freed)
{
    const Appointment visit = stored(freed);
    const std::vector<Service> services = m_book.services();
    const int room = visit.minutes + visit.bufferMinutes;
    const Date day = visit.start.date();
    auto fits = [&](const WaitlistEntry& entry) {
        const auto service = std::ranges::find(services, entry.serviceId, &Service::id);
        return service != services.end() && service->minutes + service->bufferMinutes <= room
            && entry.clientId != visit.clientId && day >= entry.from && (!entry.until || day <= *entry.until);
    };
    std::vector<WaitlistEntry> matches;
    std::ranges::copy_if(m_book.waitlist(), std::back_inserter(matches), fits);
    return matches;
}

} // namespace knotwork::schedule
