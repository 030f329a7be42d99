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
// the enum. A booked visit with visit.id is the one being moved and is not met by itself.
std::vector<BookingIssue> bookingIssues(const Appointment& visit, const BookContext& book);

// The issue in words for the therapist ("Outside opening hours", "Overlaps another visit"); a
// screen that knows the other visit's client adds the name.
std::string describeIssue(const BookingIssue& issue);

// The first start at or after `from` on the same day where `visit` (its minutes and buffer) has
// no issue at all; none when the rest of the day has no such room. Starts are tried on the
// quarter hour.
std::optional<LocalTime> firstFreeStart(const LocalTime& from, const Appointment& visit, const BookContext& book);

} // namespace knotwork::schedule
