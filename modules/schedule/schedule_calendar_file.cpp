// ScheduleService: the book as a calendar file for the therapist's phone.
#include <algorithm>
#include <map>

#include "common/i18n.h"
#include "schedule/ics_calendar.h"
#include "schedule/schedule_service.h"

namespace knotwork::schedule {

ScheduleService::CalendarFile ScheduleService::calendarFile(const Date& from, const Date& to, bool initialsOnly)
{
    const std::vector<Service> services = m_book.services();
    std::map<ClientId, clients::Client> clients;
    std::vector<CalendarEvent> events;
    for (const Appointment& visit : m_book.appointmentsBetween(LocalTime(from), LocalTime(to + boost::gregorian::days(1)))) {
        auto client = clients.find(visit.clientId);
        if (client == clients.end())
            client = clients.emplace(visit.clientId, m_clients.clients().chart(visit.clientId).client).first;
        const auto service = std::ranges::find(services, visit.serviceId, &Service::id);
        events.push_back(calendarEventOf(visit, client->second, service == services.end() ? Service{} : *service));
    }
    CalendarOptions options;
    options.calendarName = m_clients.settings().practiceName;
    if (options.calendarName.empty())
        /* TRANSLATORS: the name of the calendar file's calendar until the practice has a name */
        options.calendarName = _("Knotwork appointments");
    options.practiceIdentifier = m_book.calendarIdentifier();
    options.initialsOnly = initialsOnly;
    options.stampedAt = m_clients.clock().now();
    return {icsCalendar(events, options), events.size()};
}

} // namespace knotwork::schedule
