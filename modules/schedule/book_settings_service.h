#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/unit_of_work.h"
#include "schedule/schedule_store.h"

namespace knotwork::schedule {

// Time off on whole days: from 00:00 of `first` to 00:00 after `last`.
TimeOff timeOffDays(const Date& first, const Date& last, std::string reason);

// The next version of a policy's wording: "2026-2" after "2026-1" in 2026, "2027-1" in a new year
// or after a version of another form.
std::string nextPolicyVersion(const std::string& version, const Date& today);

// Time off saved, with the visits still booked in it: the front end says so (they are not moved
// or cancelled; the therapist calls each client).
struct TimeOffAdded {
    TimeOff timeOff;
    std::vector<Appointment> bookedVisits;
};

// The appointment book's settings, the same for the GUI and the CLI: the services, the opening
// hours and daily cap, time off and the cancellation policy. Every write is one action of the
// UnitOfWork, audited by the store; values are validated first (ValidationError with every
// problem, nothing saved); a service's stale rowVersion is a ConflictError that changes nothing.
class BookSettingsService {
public:
    BookSettingsService(ScheduleStore& book, const Clock& clock, UnitOfWork& actions);

    // ---- Services ---------------------------------------------------------------------------

    std::vector<Service> services() { return m_book.services(); }
    // NotFoundError when the practice has no such service.
    Service service(ServiceId id);
    // Saves a new service, offered. Returns it as saved.
    Service addService(const Service& service);
    // Saves the service's name, kind, minutes, buffer, fee and whether it is offered; the visits
    // booked with it keep their own length and buffer. Returns it as saved.
    Service editService(const Service& service);
    // The service is no longer offered for new visits; the visits booked with it keep it.
    Service retireService(ServiceId id, int rowVersion);

    // ---- The working week -------------------------------------------------------------------

    WorkingWeek workingWeek() { return m_book.workingWeek(); }
    // Every weekday's hours and the cap at once (a settings page's Save).
    void setWorkingWeek(const WorkingWeek& week);
    // One weekday's hours (boost's number, 0 Sunday … 6 Saturday); none: closed that day.
    WorkingWeek setOpeningHours(int weekday, const std::vector<OpeningHours>& hours);
    // The most visits in one day, 1–20, or none.
    WorkingWeek setDailyCap(std::optional<int> cap);

    // ---- Time off ---------------------------------------------------------------------------

    // Time off that ends after the start of `from`, in order.
    std::vector<TimeOff> timeOffFrom(const Date& from);
    // The visits still to take place (booked or arrived) that overlap the time off.
    std::vector<Appointment> visitsDuring(const TimeOff& timeOff);
    TimeOffAdded addTimeOff(const TimeOff& timeOff);
    // NotFoundError when there is no such time off.
    void removeTimeOff(long long id);

    // ---- The cancellation policy ------------------------------------------------------------

    CancellationPolicy cancellationPolicy() { return m_book.cancellationPolicy(); }
    // Saves the text, window and fees. When the wording changes its version moves on
    // (nextPolicyVersion), so acceptances given from now on record the new wording; `policy.version`
    // is ignored. Returns the policy as saved.
    CancellationPolicy setCancellationPolicy(const CancellationPolicy& policy);

private:
    ScheduleStore& m_book;
    const Clock& m_clock;
    UnitOfWork& m_actions;
};

} // namespace knotwork::schedule
