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
    // The asked time's issues (Shifted, Skipped). An `other` below zero is an earlier proposal of
    // the same series: -1 the first, -2 the second…, not yet on the book. When respacing, an
    // `other` of the series itself means that visit at its proposed new time.
    std::vector<BookingIssue> because;
    int phase = 0;                        // the frequency phase the visit belongs to
    std::optional<AppointmentId> moves;   // respacing: the booked visit this proposal moves
};

// The series from request.first on: each phase's visits at its interval (the lower end of
// "every 4–6 weeks") in wall-clock time, so 10:00 stays 10:00 across daylight-saving changes.
//
// The rhythm: every visit is asked one interval of its own phase after the previous visit's asked
// time, so the first visit of a new phase comes one interval of that phase after the last visit
// of the phase before (weekly, then the first two-weekly visit two weeks after the last weekly
// one: the easing of the seed's frequency pattern). Asked times, not shifted ones, carry the
// rhythm on, so one shifted visit does not drag the rest off the chosen weekday. A phase whose
// visits are all done (visitsDoneInPhase) is passed over; an open-ended phase runs until
// request.until (asked days on or before it; nothing without one) and ends the series.
//
// Each asked time with a booking issue moves to the nearest free start the same day, earlier or
// later (on a tie the later one), else to the first of the next three days with room: at the asked
// time when it is free there, else at that day's first free start; else it is Skipped. Every visit
// proposed counts as booked for the later ones, so two proposals never meet. Empty without a
// first time or when request.fromPhase names no phase.
std::vector<ProposedVisit> proposeSeries(const SeriesRequest& request, const BookContext& book);

// Where a series asked for on a weekday and time starts: the first `weekday` (0 Sunday … 6
// Saturday) at `time` on or after the day `from` that is not before `now`.
LocalTime firstWeekdayAt(const Date& from, int weekday, const TimeOfDay& time, const LocalTime& now);

// The request carried on after the visits of its plan already booked (their starts, any order):
// they count as visits of the phases from request.fromPhase on (after visitsDoneInPhase), and the
// first visit asked for is request.first, a whole number of weeks on, no sooner than one interval
// of its phase after the last visit booked. Booking a plan again thus proposes only what the
// visits booked leave out, and nothing once they cover every phase with a count (an open-ended
// phase goes on to request.until).
SeriesRequest continuedAfter(SeriesRequest request, const std::vector<LocalTime>& booked);

// When the plan moves on to its next phase: the series' remaining visits re-spaced at the new
// phase's interval.
struct RespaceRequest {
    // The series' upcoming visits (restOfSeries gives them), in any order; others are ignored.
    std::vector<Appointment> remaining;
    std::vector<plans::FrequencyPhase> phases;
    int phase = 0;                 // the phase the plan has moved to
    int visitsDoneInPhase = 0;     // visits of that phase already had before the first remaining one
};

struct Respacing {
    // One proposal per visit kept, in order, each naming in `moves` the visit it moves. The first
    // remaining visit keeps its time (it is checked like the others); the rest follow it by the
    // rhythm proposeSeries uses, with the same shifting and skipping (a Skipped visit found no new
    // time: the therapist keeps its old one or cancels it). Each visit keeps its client, service,
    // minutes and buffer.
    std::vector<ProposedVisit> visits;
    // The latest remaining visits the phases no longer ask for (a phase with fewer visits), to be
    // cancelled by the therapist. Respacing never adds visits: an open-ended phase takes every
    // remaining one, and a series short of visits is booked on with proposeSeries.
    std::vector<AppointmentId> noLongerNeeded;
};

// `book` may hold the remaining visits themselves: they are moving, so they never block a new time.
// Nothing is proposed or let go when request.phase names no phase.
Respacing respaceSeries(const RespaceRequest& request, const BookContext& book);

// "Edit or cancel the rest of the series": the upcoming visits of `series` (booked or arrived)
// starting at or after the visit `from`, `from` included when it is upcoming, in order of start.
// Empty when `from` is not in `series`.
std::vector<Appointment> restOfSeries(const std::vector<Appointment>& series, AppointmentId from);

// The rest of the series (restOfSeries) moved by the wall-clock offset that takes the visit
// `from` to `newStart` (Tuesday 10:00 to Thursday 14:00 moves every later Tuesday 10:00 to that
// week's Thursday 14:00, across daylight-saving changes too). Returns the visits whose start
// changed, moved, for the caller to check and save; nothing else about them changes.
std::vector<Appointment> moveRestOfSeries(const std::vector<Appointment>& series, AppointmentId from,
                                          const LocalTime& newStart);

} // namespace knotwork::schedule
