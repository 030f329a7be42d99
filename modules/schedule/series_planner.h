#pragma once

#include <optional>
#include <string>
#include <vector>

#include "plans/treatment_plan.h"
#include "schedule/booking_check.h"

namespace knotwork::schedule {

// Booking a plan's rhythm: the whole series of visits its frequency phases ask for, at a chosen
// weekday and time, each shifted or skipped around what is on the book, listed for the therapist
// to confirm before anything is saved (the ScheduleService saves the confirmed ones at once).
struct SeriesRequest {
    Appointment visit;            // the client, service, minutes, buffer and plan of every visit
    std::vector<plans::FrequencyPhase> phases;
    int fromPhase = 0;            // the phase the first proposed visit belongs to
    int visitsDoneInPhase = 0;    // visits of that phase already had or booked
    LocalTime first{boost::posix_time::not_a_date_time};  // the first visit's day and time
    // How far an open-ended phase ("every 4–6 weeks") is booked: its visits end on this day.
    Date until{boost::gregorian::not_a_date_time};
};

enum class ProposalFate {
    AsAsked,  // the asked time is free
    Shifted,  // moved to the nearest free time the same day, or the next open day up to 3 days on
    Skipped,  // no free time near: not booked (the therapist may pick one by hand)
};

struct ProposedVisit {
    LocalTime asked{boost::posix_time::not_a_date_time};
    std::optional<LocalTime> booked;      // none when skipped
    ProposalFate fate = ProposalFate::AsAsked;
    std::vector<BookingIssue> because;    // the asked time's issues (Shifted, Skipped)
    int phase = 0;                        // the frequency phase the visit belongs to
};

// The series from request.first on: each phase's visits at its interval (the lower end of
// "every 4–6 weeks") in wall-clock time, so 10:00 stays 10:00 across daylight-saving changes.
std::vector<ProposedVisit> proposeSeries(const SeriesRequest& request, const BookContext& book);

} // namespace knotwork::schedule
