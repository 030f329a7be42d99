#include "schedule/month_layout.h"

#include <algorithm>

#include "schedule/week_layout.h"

namespace knotwork::schedule {

namespace {

void countVisit(MonthDay& day, AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
    case AppointmentStatus::Arrived:
    case AppointmentStatus::Completed: ++day.booked; return;
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::LateCancelled: ++day.cancelled; return;
    case AppointmentStatus::NoShow: ++day.noShows; return;
    }
}

} // namespace

DaySpan monthGrid(const Date& anyDay)
{
    const Date first(anyDay.year(), anyDay.month(), 1);
    const Date last = anyDay.end_of_month();
    return {weekStartOf(first), weekStartOf(last) + boost::gregorian::days(6)};
}

MonthLayout layoutMonth(const Date& anyDay, const BookContext& book)
{
    MonthLayout layout;
    layout.firstOfMonth = Date(anyDay.year(), anyDay.month(), 1);
    const DaySpan grid = monthGrid(anyDay);
    for (Date date = grid.first; date <= grid.last; date += boost::gregorian::days(1)) {
        MonthDay day;
        day.date = date;
        day.inMonth = date.month() == layout.firstOfMonth.month();
        day.closed = book.week.days[date.day_of_week().as_number()].empty();
        const LocalTime dayStart = localTimeOn(date, {});
        const LocalTime dayEnd = localTimeOn(date + boost::gregorian::days(1), {});
        for (const TimeOff& away : book.timeOff)
            if (away.from < dayEnd && away.to > dayStart && !day.timeOff) {
                day.timeOff = true;
                day.timeOffReason = away.reason;
            }
        layout.days.push_back(day);
    }
    for (const Appointment& visit : book.booked) {
        if (visit.start.is_special() || visit.start.date() < grid.first || visit.start.date() > grid.last)
            continue;
        countVisit(layout.days[static_cast<std::size_t>((visit.start.date() - grid.first).days())], visit.status);
    }
    return layout;
}

Date shiftMonths(const Date& day, int months)
{
    const int index = static_cast<int>(day.year()) * 12 + static_cast<int>(day.month()) - 1 + months;
    const Date first(static_cast<unsigned short>(index / 12), static_cast<unsigned short>(index % 12 + 1), 1);
    return Date(first.year(), first.month(), std::min<unsigned short>(day.day(), first.end_of_month().day()));
}

} // namespace knotwork::schedule
