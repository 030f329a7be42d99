#pragma once

#include <optional>
#include <string>
#include <vector>

#include "schedule/appointment.h"
#include "schedule/working_week.h"

namespace knotwork::schedule {

// What is wrong with putting a visit at a time. None of them forbids a booking (the therapist
// decides); each is said before anything is saved, and a plan's series shifts or skips around them.
enum class BookingIssueKind {
    OutsideHours,  // not within one stretch of the day's opening hours (or the day is closed)
    TimeOff,       // overlaps time off
    Overlap,       // overlaps another visit that holds its time
    IntoBuffer,    // starts in another visit's buffer, or its own buffer runs into the next visit
    DailyCap,      // the day already has as many visits as the working week's cap
};

struct BookingIssue {
    BookingIssueKind kind = BookingIssueKind::OutsideHours;
    std::optional<AppointmentId> other;  // Overlap, IntoBuffer: the visit it meets
    std::string timeOffReason;           // TimeOff: what the time off is for

    friend bool operator==(const BookingIssue&, const BookingIssue&) = default;
};

// What the book holds around the days being checked: the week's hours, the time off and the
// visits that overlap those days (any status: those that do not hold their time are ignored).
struct BookContext {
    WorkingWeek week;
    std::vector<TimeOff> timeOff;
    std::vector<Appointment> booked;
};

// Every issue of putting `visit` (its start, minutes and buffer) on the book, in the order of
// the enum; within a kind, the time off in the book's order and the other visits by start.
// A booked visit with visit.id is the one being moved and is not met by itself (a visit with id 0
// is a proposal not yet saved and meets every booked visit). Times are wall-clock: a 10:00–11:00
// visit is one hour on the book even on the day the clocks change.
//  - OutsideHours: [start, end) is not inside one stretch of its start day's hours (a closed day,
//    a visit across the lunch break, past closing or past midnight; stretches that touch count as
//    one). Only the visit must fit: its
//    buffer is the therapist's tidying up and may run past closing.
//  - TimeOff: [start, freeFrom) meets the time off, once per time off met.
//  - Overlap: [start, end) meets another visit's [start, end), once per visit.
//  - IntoBuffer: it starts within another visit's buffer [end, freeFrom), or its own buffer runs
//    into another visit's [start, end); a visit it already overlaps is not named again here.
//  - DailyCap: its start day already has `dailyCap` other visits holding their time.
// Throws std::invalid_argument when the visit has no start (validateAppointment refuses that).
std::vector<BookingIssue> bookingIssues(const Appointment& visit, const BookContext& book);

// The issue in words for the therapist ("Outside opening hours", "Overlaps another visit"); a
// screen that knows the other visit's client adds the name.
std::string describeIssue(const BookingIssue& issue);

// The first start at or after `from` on the same day where `visit` (its minutes and buffer) has
// no issue at all; none when the rest of the day has no such room. Starts are tried on the
// quarter hour (from 10:07 the first try is 10:15), up to 23:45 of that day. A visit being moved
// (its id booked) may land on its own old slot. Throws std::invalid_argument when `from` is no time.
std::optional<LocalTime> firstFreeStart(const LocalTime& from, const Appointment& visit, const BookContext& book);

} // namespace knotwork::schedule
