#pragma once

#include <string>

#include "db/database.h"
#include "schedule/schedule_store.h"

namespace knotwork::db {

// ScheduleStore over SQL (see db/migrations/0012_appointment_book.sql). Reads are in
// sql_schedule_store.cpp, writes in sql_schedule_store_writes.cpp. The working week is the
// opening_hours table with practice_settings.daily_cap; the cancellation policy is columns of
// practice_settings (neither changes the settings' row_version: they are saved on their own), and
// so is the calendar identifier.
class SqlScheduleStore : public schedule::ScheduleStore {
public:
    SqlScheduleStore(Database& database, std::string actor);

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
    Database& m_database;
    std::string m_actor;
};

} // namespace knotwork::db
