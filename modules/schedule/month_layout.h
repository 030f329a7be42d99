#pragma once

#include <string>
#include <vector>

#include "schedule/booking_check.h"

namespace knotwork::schedule {

// A month of the book as the month overview draws it: whole weeks, Monday first, from the week
// the 1st falls in to the week of the month's last day. Pure arithmetic on the book, like
// week_layout.h.

// What the overview shows of one day.
struct MonthDay {
    Date date{boost::gregorian::not_a_date_time};
    bool inMonth = false;   // a day of the month shown, not of a week's spill either side
    int booked = 0;         // visits that hold their time and were not missed: booked, arrived, completed
    int cancelled = 0;      // cancelled, with notice or late
    int noShows = 0;
    bool closed = false;    // the working week has no hours on its weekday
    bool timeOff = false;   // time off covers some of it
    std::string timeOffReason;  // the first time off's reason, empty when none or unnamed

    friend bool operator==(const MonthDay&, const MonthDay&) = default;
};

struct MonthLayout {
    Date firstOfMonth{boost::gregorian::not_a_date_time};
    std::vector<MonthDay> days;  // whole weeks: a multiple of seven, Monday first
};

// The days the overview of the month containing `anyDay` shows: [first, last], whole weeks.
struct DaySpan {
    Date first{boost::gregorian::not_a_date_time};
    Date last{boost::gregorian::not_a_date_time};
};
DaySpan monthGrid(const Date& anyDay);

// The month containing `anyDay`: `book` holds the working week, the time off and the visits of
// monthGrid(anyDay) (any status: cancelled ones and no-shows are counted apart).
MonthLayout layoutMonth(const Date& anyDay, const BookContext& book);

// The same day in the month `months` away, its day of the month kept where that month has it
// (31 January + 1 month: 28 or 29 February).
Date shiftMonths(const Date& day, int months);

} // namespace knotwork::schedule
