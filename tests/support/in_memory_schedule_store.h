#pragma once
// ScheduleStore kept in memory, for tests of the booking rules that have nothing to do with SQL.
// It behaves as SqlScheduleStore does where services rely on it: it starts with the same six
// services and the same working week (Monday to Friday, 09:00–17:00) as a new practice; ids are
// assigned; a stale rowVersion is a ConflictError that changes nothing; an unknown appointment,
// client, service, time off or waitlist entry is a NotFoundError; a series is saved whole or not
// at all; lists are in the SQL store's order. `clock` stamps what SQL stamps with the time of
// the write. (The plan and note an appointment names are not checked: no plan store here.)

#include <map>

#include "common/clock.h"
#include "schedule/schedule_store.h"
#include "support/in_memory_client_store.h"

namespace knotwork::testing {

class InMemoryScheduleStore final : public schedule::ScheduleStore {
public:
    InMemoryScheduleStore(InMemoryClientStore& clients, Clock clock);

    std::vector<schedule::Appointment> appointmentsBetween(const LocalTime& from, const LocalTime& to) override;
    std::vector<schedule::Appointment> appointmentsOf(schedule::ClientId client) override;
    std::vector<schedule::Appointment> appointmentsInSeries(schedule::SeriesId series) override;
    std::optional<schedule::Appointment> findAppointment(schedule::AppointmentId id) override;

    schedule::AppointmentId addAppointment(const schedule::Appointment& appointment) override;
    schedule::SeriesId addSeries(std::span<const schedule::Appointment> appointments) override;
    int updateAppointment(const schedule::Appointment& appointment) override;
    void importAppointments(std::span<const schedule::Appointment> appointments) override;

    std::vector<schedule::Service> services() override;
    schedule::ServiceId addService(const schedule::Service& service) override;
    int updateService(const schedule::Service& service) override;

    schedule::WorkingWeek workingWeek() override;
    void setWorkingWeek(const schedule::WorkingWeek& week) override;
    std::vector<schedule::TimeOff> timeOffBetween(const LocalTime& from, const LocalTime& to) override;
    long long addTimeOff(const schedule::TimeOff& timeOff) override;
    void removeTimeOff(long long id) override;

    schedule::CancellationPolicy cancellationPolicy() override;
    void setCancellationPolicy(const schedule::CancellationPolicy& policy) override;
    std::string calendarIdentifier() override;

    std::vector<schedule::WaitlistEntry> waitlist() override;
    schedule::WaitlistId addToWaitlist(const schedule::WaitlistEntry& entry) override;
    void closeWaitlistEntry(schedule::WaitlistId id, const Timestamp& at) override;

private:
    // NotFoundError unless the appointment's client and service are known.
    void requireReferences(const schedule::Appointment& appointment);
    schedule::AppointmentId insert(schedule::Appointment appointment);
    // The appointments `keep` accepts, in start order.
    template <typename Keep>
    std::vector<schedule::Appointment> appointmentsWhere(Keep keep) const;

    InMemoryClientStore& m_clients;
    Clock m_clock;
    long long m_lastId = 0;  // one sequence for every kind of row
    schedule::SeriesId m_lastSeries = 0;
    std::map<schedule::AppointmentId, schedule::Appointment> m_appointments;
    std::map<schedule::ServiceId, schedule::Service> m_services;
    std::map<long long, schedule::TimeOff> m_timeOff;
    std::map<schedule::WaitlistId, schedule::WaitlistEntry> m_waitlist;
    schedule::WorkingWeek m_week;
    schedule::CancellationPolicy m_policy;
    std::string m_calendarIdentifier;
};

} // namespace knotwork::testing
