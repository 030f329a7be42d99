#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "schedule/month_layout.h"
#include "support/booked_visit.h"

namespace knotwork::schedule {
namespace {

using boost::posix_time::hours;

LocalTime at(const Date& day, int hour)
{
    return localTimeOn(day, hours(hour));
}

Appointment visit(AppointmentId id, const LocalTime& start, AppointmentStatus status = AppointmentStatus::Booked)
{
    Appointment booked = testing::bookedVisit(start, 60, 15, id);
    booked.status = status;
    return booked;
}

const MonthDay& dayOf(const MonthLayout& layout, const Date& date)
{
    for (const MonthDay& day : layout.days)
        if (day.date == date)
            return day;
    throw std::out_of_range("the month does not show that day");
}

TEST(MonthLayout, TheGridIsWholeWeeksFromTheWeekOfTheFirstToTheWeekOfTheLast)
{
    // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    EXPECT_EQ(monthGrid(Date(2027, 2, 14)).first, Date(2027, 2, 1));
    EXPECT_EQ(monthGrid(Date(2027, 2, 14)).last, Date(2027, 2, 28));
    // December 2026 runs Tuesday 1 to Thursday 31: from Monday 30 November to Sunday 3 January.
    const MonthLayout december = layoutMonth(Date(2026, 12, 9), {});
    EXPECT_EQ(december.firstOfMonth, Date(2026, 12, 1));
    ASSERT_EQ(december.days.size(), 35u);
    EXPECT_EQ(december.days.front().date, Date(2026, 11, 30));
    EXPECT_FALSE(december.days.front().inMonth);
    EXPECT_TRUE(december.days[1].inMonth);
    EXPECT_EQ(december.days.back().date, Date(2027, 1, 3));
    EXPECT_FALSE(december.days.back().inMonth);
}

TEST(MonthLayout, EachDayCountsItsVisitsCancellationsAndNoShowsApart)
{
    const Date day(2026, 12, 8);
    BookContext book;
    book.booked = {visit(1, at(day, 9)), visit(2, at(day, 10), AppointmentStatus::Completed),
                   visit(3, at(day, 11), AppointmentStatus::Cancelled),
                   visit(4, at(day, 13), AppointmentStatus::LateCancelled),
                   visit(5, at(day, 14), AppointmentStatus::NoShow), visit(6, at(day, 15), AppointmentStatus::Arrived),
                   visit(7, at(Date(2027, 1, 3), 9))};
    const MonthLayout layout = layoutMonth(day, book);
    const MonthDay& tuesday = dayOf(layout, day);
    EXPECT_EQ(tuesday.booked, 3);
    EXPECT_EQ(tuesday.cancelled, 2);
    EXPECT_EQ(tuesday.noShows, 1);
    EXPECT_EQ(dayOf(layout, Date(2026, 12, 9)).booked, 0);
    // A visit on a spilled day of the next month still counts on its day.
    EXPECT_EQ(dayOf(layout, Date(2027, 1, 3)).booked, 1);
}

TEST(MonthLayout, ClosedWeekdaysAndTimeOffAreMarked)
{
    BookContext book;
    for (int weekday = 1; weekday <= 5; ++weekday)
        book.week.days[weekday] = {{hours(9), hours(17)}};
    // An afternoon off and a holiday over Christmas, whole days from 00:00 to 00:00.
    book.timeOff = {{1, at(Date(2026, 12, 10), 13), at(Date(2026, 12, 10), 17), "Dentist"},
                    {2, at(Date(2026, 12, 24), 0), at(Date(2026, 12, 29), 0), "Holidays"}};
    const MonthLayout layout = layoutMonth(Date(2026, 12, 1), book);
    EXPECT_FALSE(dayOf(layout, Date(2026, 12, 11)).closed);
    EXPECT_TRUE(dayOf(layout, Date(2026, 12, 12)).closed);  // a Saturday
    EXPECT_TRUE(dayOf(layout, Date(2026, 12, 10)).timeOff);
    EXPECT_EQ(dayOf(layout, Date(2026, 12, 10)).timeOffReason, "Dentist");
    EXPECT_FALSE(dayOf(layout, Date(2026, 12, 23)).timeOff);
    EXPECT_TRUE(dayOf(layout, Date(2026, 12, 24)).timeOff);
    EXPECT_TRUE(dayOf(layout, Date(2026, 12, 28)).timeOff);
    EXPECT_FALSE(dayOf(layout, Date(2026, 12, 29)).timeOff);  // the time off ends at its midnight
}

TEST(MonthLayout, AMonthAwayKeepsTheDayWhereTheMonthHasIt)
{
    EXPECT_EQ(shiftMonths(Date(2026, 12, 15), 1), Date(2027, 1, 15));
    EXPECT_EQ(shiftMonths(Date(2027, 1, 31), 1), Date(2027, 2, 28));
    EXPECT_EQ(shiftMonths(Date(2028, 1, 31), 1), Date(2028, 2, 29));  // a leap year
    EXPECT_EQ(shiftMonths(Date(2027, 1, 10), -1), Date(2026, 12, 10));
    EXPECT_EQ(shiftMonths(Date(2026, 3, 30), -13), Date(2025, 2, 28));
}

} // namespace
} // namespace knotwork::schedule
