#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "schedule/appointment.h"
#include "schedule/cancellation_policy.h"
#include "schedule/service.h"
#include "schedule/waitlist.h"
#include "schedule/working_week.h"

namespace knotwork::schedule {

// Where the appointment book is kept (db/ implements it over SQL). Every write is one audited
// transaction, or joins the UnitOfWork it runs in; a stale rowVersion throws ConflictError and
// changes nothing; a missing appointment, client or service throws NotFoundError.
class ScheduleStore {
public:
    virtual ~ScheduleStore() = default;

    // Appointments whose start falls in [from, to), in start order: a day or a week of the book.
    virtual std::vector<Appointment> appointmentsBetween(const LocalTime& from, const LocalTime& to) = 0;
    virtual std::vector<Appointment> appointmentsOf(ClientId client) = 0;
    virtual std::vector<Appointment> appointmentsInSeries(SeriesId series) = 0;
    virtual std::optional<Appointment> findAppointment(AppointmentId id) = 0;

    virtual AppointmentId addAppointment(const Appointment& appointment) = 0;
    // A plan's series in one transaction: each gets the same new series id, returned.
    virtual SeriesId addSeries(std::span<const Appointment> appointments) = 0;
    // Returns the new rowVersion.
    virtual int updateAppointment(const Appointment& appointment) = 0;
    // Adds many appointments as they are (any status, notes linked) in one transaction, audited
    // once: the demo practice.
    virtual void importAppointments(std::span<const Appointment> appointments) = 0;

    virtual std::vector<Service> services() = 0;
    virtual ServiceId addService(const Service& service) = 0;
    virtual int updateService(const Service& service) = 0;

    virtual WorkingWeek workingWeek() = 0;
    virtual void setWorkingWeek(const WorkingWeek& week) = 0;
    // Time off that overlaps [from, to), in order.
    virtual std::vector<TimeOff> timeOffBetween(const LocalTime& from, const LocalTime& to) = 0;
    virtual long long addTimeOff(const TimeOff& timeOff) = 0;
    virtual void removeTimeOff(long long id) = 0;

    virtual CancellationPolicy cancellationPolicy() = 0;
    virtual void setCancellationPolicy(const CancellationPolicy& policy) = 0;

    // What keeps the UIDs of the book's calendar file the same from one export to the next
    // (ics_calendar.h): 32 lower-case hex digits, random (128 bits), made the first time it is
    // asked for and kept for good with the practice (an export and import carry it over).
    virtual std::string calendarIdentifier() = 0;

    // Open entries (not closed), oldest first.
    virtual std::vector<WaitlistEntry> waitlist() = 0;
    virtual WaitlistId addToWaitlist(const WaitlistEntry& entry) = 0;
    virtual void closeWaitlistEntry(WaitlistId id, const Timestamp& at) = 0;
};

} // namespace knotwork::schedule
