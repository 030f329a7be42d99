#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "schedule/week_layout.h"
#include "support/booked_visit.h"

namespace knotwork::schedule {
namespace {

using boost::posix_time::hours;
using boost::posix_time::minutes;
using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::IsEmpty;

const Date kMonday(2026, 12, 7);

LocalTime on(int day, int hour, int minute = 0)
{
    return localTimeOn(kMonday + boost::gregorian::days(day), hours(hour) + minutes(minute));
}

Appointment visit(AppointmentId id, const LocalTime& start, int length = 60, int buffer = 15)
{
    return testing::bookedVisit(start, length, buffer, id);
}

// Weekdays 09:00–12:00 and 13:00–17:00, Saturday and Sunday closed.
BookContext weekdays()
{
    BookContext book;
    for (int weekday = 1; weekday <= 5; ++weekday)
        book.week.days[weekday] = {{hours(9), hours(12)}, {hours(13), hours(17)}};
    return book;
}

TEST(WeekLayout, TheWeekStartsOnTheMondayOfAnyOfItsDays)
{
    EXPECT_EQ(weekStartOf(Date(2026, 12, 7)), kMonday);
    EXPECT_EQ(weekStartOf(Date(2026, 12, 10)), kMonday);
    EXPECT_EQ(weekStartOf(Date(2026, 12, 13)), kMonday);
    // Across a month and a year's end.
    EXPECT_EQ(weekStartOf(Date(2027, 1, 2)), Date(2026, 12, 28));
}

TEST(WeekLayout, EachVisitHasItsDayItsTimeAndItsBuffer)
{
    BookContext book = weekdays();
    book.booked = {visit(1, on(1, 10), 90, 15), visit(2, on(0, 9, 30), 45, 0)};
    const WeekLayout layout = layoutWeek(Date(2026, 12, 9), book);

    EXPECT_EQ(layout.monday, kMonday);
    ASSERT_EQ(layout.visits.size(), 2u);
    const VisitBlock& monday = layout.visits[0];
    EXPECT_EQ(monday.visit.id, 2);
    EXPECT_EQ(monday.day, 0);
    EXPECT_EQ(monday.top, 9 * 60 + 30);
    EXPECT_EQ(monday.bottom, 10 * 60 + 15);
    EXPECT_EQ(monday.bufferBottom, monday.bottom);
    const VisitBlock& tuesday = layout.visits[1];
    EXPECT_EQ(tuesday.day, 1);
    EXPECT_EQ(tuesday.top, 600);
    EXPECT_EQ(tuesday.bottom, 690);
    EXPECT_EQ(tuesday.bufferBottom, 705);
    EXPECT_THAT(tuesday.issues, IsEmpty());
}

TEST(WeekLayout, CancelledVisitsAndOtherWeeksAreLeftOut)
{
    BookContext book = weekdays();
    Appointment cancelled = visit(1, on(0, 10));
    cancelled.status = AppointmentStatus::Cancelled;
    Appointment noShow = visit(2, on(0, 11));
    noShow.status = AppointmentStatus::NoShow;
    book.booked = {cancelled, noShow, visit(3, on(-1, 10)), visit(4, on(7, 10))};
    const WeekLayout layout = layoutWeek(kMonday, book);
    ASSERT_EQ(layout.visits.size(), 1u);
    EXPECT_EQ(layout.visits[0].visit.id, 2);
}

TEST(WeekLayout, OverlappingVisitsShareTheDayInLanesAndAreConflicts)
{
    BookContext book = weekdays();
    // 10:00–11:00 (buffer to 11:15), 10:30–11:30, and 11:15: after the first's buffer, so it
    // takes the first lane again; 14:00 on its own.
    book.booked = {visit(1, on(2, 10)), visit(2, on(2, 10, 30)), visit(3, on(2, 11, 15), 30),
                   visit(4, on(2, 14))};
    const WeekLayout layout = layoutWeek(kMonday, book);
    ASSERT_EQ(layout.visits.size(), 4u);
    EXPECT_EQ(layout.visits[0].lane, 0);
    EXPECT_EQ(layout.visits[1].lane, 1);
    EXPECT_EQ(layout.visits[2].lane, 0);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(layout.visits[i].lanes, 2) << i;
    EXPECT_EQ(layout.visits[3].lane, 0);
    EXPECT_EQ(layout.visits[3].lanes, 1);

    EXPECT_THAT(layout.visits[0].issues,
                ElementsAre(Field(&BookingIssue::kind, BookingIssueKind::Overlap)));
    EXPECT_THAT(layout.visits[3].issues, IsEmpty());
}

TEST(WeekLayout, TheRowsSpanTheOpeningHoursWidenedToEveryVisit)
{
    BookContext book = weekdays();
    EXPECT_EQ(layoutWeek(kMonday, book).firstMinute, 9 * 60);
    EXPECT_EQ(layoutWeek(kMonday, book).lastMinute, 17 * 60);

    // Saturday 07:30 and Friday 17:30 with its buffer to 18:45: out to whole hours, and both
    // said to be outside the hours.
    book.booked = {visit(1, on(5, 7, 30), 30, 0), visit(2, on(4, 17, 30))};
    const WeekLayout layout = layoutWeek(kMonday, book);
    EXPECT_EQ(layout.firstMinute, 7 * 60);
    EXPECT_EQ(layout.lastMinute, 19 * 60);
    for (const VisitBlock& block : layout.visits)
        EXPECT_THAT(block.issues, ElementsAre(Field(&BookingIssue::kind, BookingIssueKind::OutsideHours)));

    EXPECT_EQ(layoutWeek(kMonday, BookContext{}).firstMinute, 8 * 60);
    EXPECT_EQ(layoutWeek(kMonday, BookContext{}).lastMinute, 18 * 60);
}

TEST(WeekLayout, ClosedStretchesAreTheRowsOutsideEachDaysHours)
{
    BookContext book = weekdays();
    book.week.days[3] = {{hours(10), hours(12)}};  // Wednesday opens later and closes at noon
    const WeekLayout layout = layoutWeek(kMonday, book);
    const auto of = [&](int day) {
        std::vector<DayStretch> stretches;
        for (const DayStretch& stretch : layout.closed)
            if (stretch.day == day)
                stretches.push_back(stretch);
        return stretches;
    };
    EXPECT_THAT(of(0), ElementsAre(DayStretch{0, 12 * 60, 13 * 60}));
    EXPECT_THAT(of(2), ElementsAre(DayStretch{2, 9 * 60, 10 * 60}, DayStretch{2, 12 * 60, 17 * 60}));
    EXPECT_THAT(of(6), ElementsAre(DayStretch{6, 9 * 60, 17 * 60}));
}

TEST(WeekLayout, TimeOffIsCutIntoTheDaysItCoversWithinTheRows)
{
    BookContext book = weekdays();
    // Thursday 15:00 to Saturday noon.
    book.timeOff = {{1, on(3, 15), on(5, 12), "Course"}};
    const WeekLayout layout = layoutWeek(kMonday, book);
    ASSERT_EQ(layout.timeOff.size(), 3u);
    EXPECT_EQ(layout.timeOff[0].stretch, (DayStretch{3, 15 * 60, 17 * 60}));
    EXPECT_EQ(layout.timeOff[1].stretch, (DayStretch{4, 9 * 60, 17 * 60}));
    EXPECT_EQ(layout.timeOff[2].stretch, (DayStretch{5, 9 * 60, 12 * 60}));
    EXPECT_EQ(layout.timeOff[0].reason, "Course");
}

TEST(WeekLayout, AVisitRunningPastMidnightEndsAtTheBottomOfItsDay)
{
    BookContext book;
    book.booked = {visit(1, on(0, 23, 30), 60, 15)};
    const WeekLayout layout = layoutWeek(kMonday, book);
    ASSERT_EQ(layout.visits.size(), 1u);
    EXPECT_EQ(layout.visits[0].bottom, 24 * 60);
    EXPECT_EQ(layout.visits[0].bufferBottom, 24 * 60);
    EXPECT_EQ(layout.lastMinute, 24 * 60);
}

TEST(WeekLayout, TheKeysMoveBetweenVisitsByTimeAndByDay)
{
    BookContext book = weekdays();
    // Monday 09:00 and 14:00, Wednesday 10:00 and 15:00, nothing on Tuesday.
    book.booked = {visit(1, on(0, 9)), visit(2, on(0, 14)), visit(3, on(2, 10)), visit(4, on(2, 15))};
    const WeekLayout layout = layoutWeek(kMonday, book);
    const auto idAfter = [&](std::optional<std::size_t> from, WeekStep step) {
        return layout.visits.at(*stepSelection(layout, from, step)).visit.id;
    };
    EXPECT_EQ(idAfter(std::nullopt, WeekStep::NextDay), 1);
    EXPECT_EQ(idAfter(0, WeekStep::LaterSameDay), 2);
    EXPECT_EQ(idAfter(1, WeekStep::LaterSameDay), 2);      // the day's last stays
    EXPECT_EQ(idAfter(1, WeekStep::EarlierSameDay), 1);
    EXPECT_EQ(idAfter(0, WeekStep::EarlierSameDay), 1);    // the day's first stays
    EXPECT_EQ(idAfter(1, WeekStep::NextDay), 4);           // over Tuesday, to the nearest in time
    EXPECT_EQ(idAfter(2, WeekStep::PreviousDay), 1);
    EXPECT_EQ(idAfter(3, WeekStep::NextDay), 4);           // nothing later in the week

    EXPECT_EQ(stepSelection(layoutWeek(kMonday, weekdays()), std::nullopt, WeekStep::NextDay), std::nullopt);
}

} // namespace
} // namespace knotwork::schedule
