// ScheduleService: the waitlist, and a time a cancellation freed offered to a client on it.
#include <algorithm>

#include "common/error.h"
#include "common/i18n.h"
#include "common/validator.h"
#include "schedule/schedule_service.h"
#include "schedule/schedule_validation.h"

namespace knotwork::schedule {

WaitlistEntry ScheduleService::addToWaitlist(const WaitlistEntry& entry)
{
    WaitlistEntry fresh = entry;
    fresh.id = 0;
    fresh.closedAt.reset();
    fresh.addedAt = m_clients.clock().now();
    validateWaitlistEntry(fresh, m_clients.today());
    return m_actions.result([&] {
        Validator check;
        if (m_clients.clients().chart(fresh.clientId).client.archived)
            check.add("client_id", "archived", _("The client is archived: restore the client before adding them "
                                                 "to the waitlist."));
        const std::vector<Service> services = m_book.services();
        if (std::ranges::find(services, fresh.serviceId, &Service::id) == services.end())
            check.add("service_id", "unknown", _("Service: choose one of the practice's services."));
        if (fresh.instead) {
            const std::optional<Appointment> earlier = m_book.findAppointment(*fresh.instead);
            if (!earlier || earlier->clientId != fresh.clientId || earlier->status != AppointmentStatus::Booked)
                check.add("instead_appointment_id", "not-theirs",
                          _("Instead of: choose a visit of the same client that is still booked."));
        }
        check.throwIfAny();
        fresh.id = m_book.addToWaitlist(fresh);
        return fresh;
    });
}

void ScheduleService::closeWaitlistEntry(WaitlistId id)
{
    m_actions.run([&] { m_book.closeWaitlistEntry(id, m_clients.clock().now()); });
}

Appointment ScheduleService::offerFreedTime(AppointmentId freed, WaitlistId entryId, Issues issues)
{
    return m_actions.result([&] {
        const Appointment time = stored(freed);
        const std::vector<WaitlistEntry> offered = waitlistFor(freed);
        const auto entry = std::ranges::find(offered, entryId, &WaitlistEntry::id);
        if (holdsTime(time.status) || entry == offered.end())
            throw ValidationError("entry", "not-offered",
                                  _("This waitlist entry cannot take that time: offer a cancelled visit's time to "
                                    "an open entry whose service fits it and whose days include it."));
        std::optional<Appointment> earlier;
        if (entry->instead)
            earlier = m_book.findAppointment(*entry->instead);
        Appointment result;
        if (earlier && earlier->status == AppointmentStatus::Booked) {
            earlier->start = time.start;
            requireBookable(*earlier, {}, issues);
            result = saved(*earlier);
        } else {
            const std::vector<Service> services = m_book.services();
            const Service& service = *std::ranges::find(services, entry->serviceId, &Service::id);
            Appointment visit;
            visit.clientId = entry->clientId;
            visit.serviceId = service.id;
            visit.start = time.start;
            visit.minutes = service.minutes;
            visit.bufferMinutes = service.bufferMinutes;
            visit.referralOnly = referralOnlyRequired(entry->clientId);
            requireBookable(visit, {}, issues);
            result = *m_book.findAppointment(m_book.addAppointment(visit));
        }
        m_book.closeWaitlistEntry(entryId, m_clients.clock().now());
        return result;
    });
}

} // namespace knotwork::schedule
