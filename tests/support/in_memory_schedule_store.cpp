#include "support/in_memory_schedule_store.h"

#include <algorithm>
#include <random>
#include <fmt/format.h>

#include "common/error.h"

namespace knotwork::testing {

using namespace knotwork::schedule;

namespace {

[[noreturn]] void notFound(const char* what, long long id)
{
    throw NotFoundError("There is no " + std::string(what) + " number " + std::to_string(id) + " in this practice.");
}

} // namespace

InMemoryScheduleStore::InMemoryScheduleStore(InMemoryClientStore& clients, Clock clock)
    : m_clients(clients), m_clock(std::move(clock))
{
    // What db/migrations/0012_appointment_book.sql gives a new practice.
    const Service seeded[] = {
        {0, ServiceKind::InitialAssessment, "Initial assessment", 90, 15, 0, true, true, "97124", 1},
        {0, ServiceKind::Treatment, "Treatment, 30 min", 30, 15, 0, true, true, "97124", 1},
        {0, ServiceKind::Treatment, "Treatment, 45 min", 45, 15, 0, true, true, "97124", 1},
        {0, ServiceKind::Treatment, "Treatment, 60 min", 60, 15, 0, true, true, "97124", 1},
        {0, ServiceKind::Treatment, "Treatment, 90 min", 90, 15, 0, true, true, "97124", 1},
        {0, ServiceKind::FollowUp, "Follow-up", 30, 15, 0, true, true, "97124", 1},
    };
    for (Service service : seeded) {
        service.id = ++m_lastId;
        m_services[service.id] = service;
    }
    for (int weekday = 1; weekday <= 5; ++weekday)
        m_week.days[static_cast<std::size_t>(weekday)] = {
            {boost::posix_time::hours(9), boost::posix_time::hours(17)}};
}

template <typename Keep>
std::vector<Appointment> InMemoryScheduleStore::appointmentsWhere(Keep keep) const
{
    std::vector<Appointment> found;
    for (const auto& [id, appointment] : m_appointments)
        if (keep(appointment))
            found.push_back(appointment);
    std::stable_sort(found.begin(), found.end(),
                     [](const Appointment& a, const Appointment& b) { return a.start < b.start; });
    return found;
}

std::vector<Appointment> InMemoryScheduleStore::appointmentsBetween(const LocalTime& from, const LocalTime& to)
{
    return appointmentsWhere([&](const Appointment& a) { return a.start >= from && a.start < to; });
}

std::vector<Appointment> InMemoryScheduleStore::appointmentsOf(ClientId client)
{
    return appointmentsWhere([&](const Appointment& a) { return a.clientId == client; });
}

std::vector<Appointment> InMemoryScheduleStore::appointmentsInSeries(SeriesId series)
{
    return appointmentsWhere([&](const Appointment& a) { return a.seriesId == series; });
}

std::optional<Appointment> InMemoryScheduleStore::findAppointment(AppointmentId id)
{
    const auto found = m_appointments.find(id);
    return found == m_appointments.end() ? std::nullopt : std::optional<Appointment>(found->second);
}

void InMemoryScheduleStore::requireReferences(const Appointment& appointment)
{
    m_clients.chart(appointment.clientId);  // NotFoundError for an unknown client
    if (!m_services.contains(appointment.serviceId))
        notFound("service", appointment.serviceId);
}

AppointmentId InMemoryScheduleStore::insert(Appointment appointment)
{
    appointment.id = ++m_lastId;
    appointment.rowVersion = 1;
    appointment.createdAt = appointment.updatedAt = m_clock.now();
    m_appointments[appointment.id] = appointment;
    return appointment.id;
}

AppointmentId InMemoryScheduleStore::addAppointment(const Appointment& appointment)
{
    requireReferences(appointment);
    return insert(appointment);
}

SeriesId InMemoryScheduleStore::addSeries(std::span<const Appointment> appointments)
{
    if (appointments.empty())
        throw ValidationError("appointments", "required", "A series needs at least one appointment.");
    for (const Appointment& appointment : appointments)
        requireReferences(appointment);  // before any is kept: all or none
    const SeriesId series = ++m_lastSeries;
    for (Appointment appointment : appointments) {
        appointment.seriesId = series;
        insert(std::move(appointment));
    }
    return series;
}

void InMemoryScheduleStore::importAppointments(std::span<const Appointment> appointments)
{
    for (const Appointment& appointment : appointments)
        requireReferences(appointment);  // before any is kept: all or none
    for (const Appointment& appointment : appointments)
        insert(appointment);
}

int InMemoryScheduleStore::updateAppointment(const Appointment& appointment)
{
    const auto stored = m_appointments.find(appointment.id);
    if (stored == m_appointments.end())
        notFound("appointment", appointment.id);
    requireReferences(appointment);
    if (stored->second.rowVersion != appointment.rowVersion)
        throw ConflictError("This appointment was changed elsewhere since you opened it.");
    Appointment saved = appointment;
    saved.rowVersion = appointment.rowVersion + 1;
    saved.createdAt = stored->second.createdAt;
    saved.updatedAt = m_clock.now();
    stored->second = saved;
    return saved.rowVersion;
}

std::vector<Service> InMemoryScheduleStore::services()
{
    std::vector<Service> all;
    for (const auto& [id, service] : m_services)
        all.push_back(service);
    return all;
}

ServiceId InMemoryScheduleStore::addService(const Service& service)
{
    Service saved = service;
    saved.id = ++m_lastId;
    saved.rowVersion = 1;
    m_services[saved.id] = saved;
    return saved.id;
}

int InMemoryScheduleStore::updateService(const Service& service)
{
    const auto stored = m_services.find(service.id);
    if (stored == m_services.end())
        notFound("service", service.id);
    if (stored->second.rowVersion != service.rowVersion)
        throw ConflictError("This service was changed elsewhere since you opened it.");
    stored->second = service;
    return ++stored->second.rowVersion;
}

WorkingWeek InMemoryScheduleStore::workingWeek()
{
    return m_week;
}

void InMemoryScheduleStore::setWorkingWeek(const WorkingWeek& week)
{
    m_week = week;
}

std::vector<TimeOff> InMemoryScheduleStore::timeOffBetween(const LocalTime& from, const LocalTime& to)
{
    std::vector<TimeOff> found;
    for (const auto& [id, timeOff] : m_timeOff)
        if (timeOff.from < to && timeOff.to > from)
            found.push_back(timeOff);
    std::stable_sort(found.begin(), found.end(), [](const TimeOff& a, const TimeOff& b) { return a.from < b.from; });
    return found;
}

long long InMemoryScheduleStore::addTimeOff(const TimeOff& timeOff)
{
    if (timeOff.to <= timeOff.from)
        throw ValidationError("to", "after_from", "Time off ends after it starts.");
    TimeOff saved = timeOff;
    saved.id = ++m_lastId;
    m_timeOff[saved.id] = saved;
    return saved.id;
}

void InMemoryScheduleStore::removeTimeOff(long long id)
{
    if (m_timeOff.erase(id) == 0)
        notFound("time off", id);
}

CancellationPolicy InMemoryScheduleStore::cancellationPolicy()
{
    return m_policy;
}

void InMemoryScheduleStore::setCancellationPolicy(const CancellationPolicy& policy)
{
    m_policy = policy;
}

std::string InMemoryScheduleStore::calendarIdentifier()
{
    if (m_calendarIdentifier.empty()) {
        std::random_device random;
        for (int i = 0; i < 4; ++i)
            m_calendarIdentifier += fmt::format("{:08x}", random());
    }
    return m_calendarIdentifier;
}

std::vector<WaitlistEntry> InMemoryScheduleStore::waitlist()
{
    std::vector<WaitlistEntry> open;
    for (const auto& [id, entry] : m_waitlist)
        if (!entry.closedAt)
            open.push_back(entry);
    std::stable_sort(open.begin(), open.end(),
                     [](const WaitlistEntry& a, const WaitlistEntry& b) { return a.addedAt < b.addedAt; });
    return open;
}

WaitlistId InMemoryScheduleStore::addToWaitlist(const WaitlistEntry& entry)
{
    m_clients.chart(entry.clientId);  // NotFoundError for an unknown client
    if (!m_services.contains(entry.serviceId))
        notFound("service", entry.serviceId);
    if (entry.instead && !m_appointments.contains(*entry.instead))
        notFound("appointment", *entry.instead);
    WaitlistEntry saved = entry;
    saved.id = ++m_lastId;
    m_waitlist[saved.id] = saved;
    return saved.id;
}

void InMemoryScheduleStore::closeWaitlistEntry(WaitlistId id, const Timestamp& at)
{
    const auto stored = m_waitlist.find(id);
    if (stored == m_waitlist.end())
        notFound("waitlist entry", id);
    if (stored->second.closedAt)
        throw ConflictError("This waitlist entry has already been closed.");
    stored->second.closedAt = at;
}

} // namespace knotwork::testing
