#pragma once

#include <optional>
#include <vector>

#include "schedule/booking_check.h"

namespace knotwork::schedule {

// A week of the book laid out for a calendar: days across (Monday first), minutes of the day
// down. Pure arithmetic on the book, so a screen only draws it and the tests need no window.

// The Monday of the week `day` falls in.
Date weekStartOf(const Date& day);

// A stretch of one day of the week, in minutes from midnight: [top, bottom).
struct DayStretch {
    int day = 0;  // 0 Monday … 6 Sunday
    int top = 0;
    int bottom = 0;

    friend bool operator==(const DayStretch&, const DayStretch&) = default;
};

// One visit as the calendar draws it.
struct VisitBlock {
    Appointment visit;
    int day = 0;           // 0 Monday … 6 Sunday: the day it starts
    int top = 0;           // its start, minutes from midnight
    int bottom = 0;        // its end, at most midnight
    int bufferBottom = 0;  // the end of its buffer (bottom when it has none), at most midnight
    // Visits whose time or buffer meet share their day's width: this one is lane `lane` of `lanes`.
    int lane = 0;
    int lanes = 1;
    // What is wrong with it on the book as it stands (booking_check.h): a conflict is outlined.
    std::vector<BookingIssue> issues;
};

struct TimeOffBlock {
    DayStretch stretch;
    std::string reason;
};

struct WeekLayout {
    Date monday{boost::gregorian::not_a_date_time};
    // The rows shown, in minutes from midnight on whole hours: the week's opening hours,
    // widened to every visit and its buffer; 08:00–18:00 for a week with neither.
    int firstMinute = 8 * 60;
    int lastMinute = 18 * 60;
    std::vector<VisitBlock> visits;        // by day, then start, then lane
    std::vector<DayStretch> closed;        // within the rows: outside the day's opening hours
    std::vector<TimeOffBlock> timeOff;     // within the rows, one per day it covers
};

// The week containing `anyDay`: `book` holds the working week, the time off and the visits
// around it (a day either side too, for the issues of the first and last days). Visits that do
// not hold their time (cancelled) are left out: they free their slot.
WeekLayout layoutWeek(const Date& anyDay, const BookContext& book);

// Moving the selection through the laid-out visits from the keyboard.
enum class WeekStep { EarlierSameDay, LaterSameDay, PreviousDay, NextDay };

// The index in layout.visits the step reaches from `from` (none: the first visit of the week);
// a step to a day without visits goes on to the next day that has one, to the visit nearest in
// time. Stays put at either end; none when the week has no visits.
std::optional<std::size_t> stepSelection(const WeekLayout& layout, std::optional<std::size_t> from, WeekStep step);

} // namespace knotwork::schedule
