// The checks every booking goes through before it is saved: opening hours (split days, closed
// days, midnight), time off, other visits and their buffers, the daily cap, and the first free
// start of a day, all in wall-clock time.
#include <gtest/gtest.h>

#include "schedule/booking_check.h"
#include "support/booked_visit.h"
#include "support/environment_override.h"

namespace knotwork::schedule {
namespace {

using boost::posix_time::hours;
using boost::posix_time::minutes;
using Kind = BookingIssueKind;

const Date kMonday(2026, 12, 7);
const Date kTuesday(2026, 12, 8);
const Date kSunday(2026, 12, 6);

LocalTime at(const Date& day, int hour, int minute = 0)
{
    return localTimeOn(day, hours(hour) + minutes(minute));
}

Appointment visitAt(const LocalTime& start, int length = 60, int buffer = 15, AppointmentId id = 0)
{
    return testing::bookedVisit(start, length, buffer, id);
}

// Weekdays 09:00–12:00 and 13:00–18:00, Saturday 10:00–14:00, Sunday closed.
BookContext splitWeek()
{
    BookContext book;
    for (int weekday = 1; weekday <= 5; ++weekday)
        book.week.days[weekday] = {{hours(9), hours(12)}, {hours(13), hours(18)}};
    book.week.days[6] = {{hours(10), hours(14)}};
    return book;
}

BookContext openEveryHourOfEveryDay()
{
    BookContext book;
    for (auto& day : book.week.days)
        day = {{hours(0), hours(24)}};
    return book;
}

std::vector<Kind> kindsOf(const std::vector<BookingIssue>& issues)
{
    std::vector<Kind> kinds;
    for (const BookingIssue& issue : issues)
        kinds.push_back(issue.kind);
    return kinds;
}

std::vector<Kind> kindsAt(const LocalTime& start, const BookContext& book, int length = 60, int buffer = 15)
{
    return kindsOf(bookingIssues(visitAt(start, length, buffer), book));
}

BookingIssue meeting(Kind kind, AppointmentId other)
{
    return BookingIssue{kind, other, {}};
}

TEST(BookingCheck, AVisitWithinOneStretchOfItsDayHasNoIssue)
{
    const BookContext book = splitWeek();
    EXPECT_TRUE(bookingIssues(visitAt(at(kMonday, 9)), book).empty());
    EXPECT_TRUE(bookingIssues(visitAt(at(kMonday, 11), 60, 0), book).empty()) << "ends as the stretch closes";
    EXPECT_TRUE(bookingIssues(visitAt(at(kMonday, 13)), book).empty()) << "the afternoon stretch";
    EXPECT_TRUE(bookingIssues(visitAt(at(kTuesday, 17)), book).empty())
        << "the buffer after the last visit may run past closing";
}

TEST(BookingCheck, AClosedDayIsOutsideHours)
{
    EXPECT_EQ(kindsAt(at(kSunday, 10), splitWeek()), std::vector{Kind::OutsideHours});
    EXPECT_EQ(kindsAt(at(kMonday, 10), BookContext{}), std::vector{Kind::OutsideHours})
        << "a week without hours is closed every day";
}

TEST(BookingCheck, OnASplitDayAVisitMustFitInOneStretch)
{
    const BookContext book = splitWeek();
    EXPECT_EQ(kindsAt(at(kMonday, 11, 30), book), std::vector{Kind::OutsideHours}) << "across lunch";
    EXPECT_EQ(kindsAt(at(kMonday, 12, 15), book, 30), std::vector{Kind::OutsideHours}) << "in the lunch break";
    EXPECT_EQ(kindsAt(at(kMonday, 8, 45), book), std::vector{Kind::OutsideHours}) << "before opening";
    EXPECT_EQ(kindsAt(at(kMonday, 17, 30), book), std::vector{Kind::OutsideHours}) << "past closing";
    EXPECT_EQ(kindsAt(at(kMonday, 9), book, 600), std::vector{Kind::OutsideHours})
        << "covering both stretches is not within one";
    EXPECT_EQ(kindsAt(at(Date(2026, 12, 12), 13, 30), book), std::vector{Kind::OutsideHours})
        << "Saturday closes at 14:00";
}

TEST(BookingCheck, StretchesThatTouchAreOneStretch)
{
    BookContext book;
    book.week.days[1] = {{hours(9), hours(12)}, {hours(12), hours(15)}, {hours(14), hours(18)}, {hours(19), hours(20)}};
    EXPECT_TRUE(kindsAt(at(kMonday, 11, 30), book).empty());
    EXPECT_TRUE(kindsAt(at(kMonday, 9), book, 480, 0).empty());
    EXPECT_EQ(kindsAt(at(kMonday, 17, 30), book), std::vector{Kind::OutsideHours}) << "the evening is apart";
    EXPECT_TRUE(kindsAt(at(kMonday, 19), book).empty());
}

TEST(BookingCheck, AVisitCrossingMidnightIsOutsideHoursEvenWhenBothDaysAreOpen)
{
    const BookContext book = openEveryHourOfEveryDay();
    EXPECT_TRUE(kindsAt(at(kMonday, 23), book, 60, 30).empty()) << "ends at midnight; the buffer runs on";
    EXPECT_EQ(kindsAt(at(kMonday, 23, 30), book), std::vector{Kind::OutsideHours});
}

TEST(BookingCheck, TimeOffIsMetByTheVisitOrItsBuffer)
{
    BookContext book = splitWeek();
    book.timeOff.push_back(TimeOff{1, at(kMonday, 13), at(kMonday, 18), "Course"});

    const std::vector<BookingIssue> issues = bookingIssues(visitAt(at(kMonday, 14)), book);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].kind, Kind::TimeOff);
    EXPECT_EQ(issues[0].timeOffReason, "Course");
    EXPECT_FALSE(issues[0].other);

    EXPECT_EQ(kindsAt(at(kMonday, 11), book, 60, 0), std::vector<Kind>{}) << "ends as the time off begins";
    EXPECT_EQ(kindsAt(at(kMonday, 11), book, 60, 15), std::vector<Kind>{})
        << "the buffer runs into the lunch break, before the time off";
    EXPECT_EQ(kindsAt(at(kMonday, 13), book, 60, 0), std::vector{Kind::TimeOff});
}

TEST(BookingCheck, TheBufferOfAVisitMeetsTimeOffThatStartsBeforeTheRoomIsFree)
{
    BookContext book = splitWeek();
    book.timeOff.push_back(TimeOff{1, at(kMonday, 15), at(kMonday, 16), "Dentist"});
    EXPECT_EQ(kindsAt(at(kMonday, 14), book, 60, 15), std::vector{Kind::TimeOff});
    EXPECT_TRUE(kindsAt(at(kMonday, 14), book, 45, 15).empty()) << "free at 15:00, as the time off begins";
    EXPECT_TRUE(kindsAt(at(kMonday, 16), book).empty()) << "starts as the time off ends";
}

TEST(BookingCheck, WholeDayTimeOffCoversEveryHourOfTheDayAndNoMore)
{
    BookContext book = splitWeek();
    // Whole days run from 00:00 of the first to 00:00 after the last.
    book.timeOff.push_back(TimeOff{2, at(kMonday, 0), at(kTuesday, 0), "Statutory holiday"});
    EXPECT_EQ(kindsAt(at(kMonday, 9), book), std::vector{Kind::TimeOff});
    EXPECT_EQ(kindsAt(at(kMonday, 17), book), std::vector{Kind::TimeOff});
    EXPECT_TRUE(kindsAt(at(kTuesday, 9), book).empty());
    EXPECT_EQ(describeIssue(bookingIssues(visitAt(at(kMonday, 9)), book).front()),
              "During time off: Statutory holiday");
}

TEST(BookingCheck, OverlapNamesEveryVisitItMeetsInTheOrderOfTheDay)
{
    BookContext book = splitWeek();
    book.booked = {visitAt(at(kMonday, 10, 30), 30, 0, 6), visitAt(at(kMonday, 10), 30, 0, 5)};
    EXPECT_EQ(bookingIssues(visitAt(at(kMonday, 9, 45), 60, 0), book),
              (std::vector{meeting(Kind::Overlap, 5), meeting(Kind::Overlap, 6)}));
    EXPECT_EQ(bookingIssues(visitAt(at(kMonday, 10, 15), 5, 0), book), std::vector{meeting(Kind::Overlap, 5)});
    EXPECT_TRUE(kindsAt(at(kMonday, 9), book, 60, 0).empty()) << "ends as the next one starts";
}

TEST(BookingCheck, CancelledVisitsGiveTheirTimeBackButANoShowKeepsIt)
{
    BookContext book = splitWeek();
    book.booked = {visitAt(at(kMonday, 10), 60, 15, 5)};
    book.booked[0].status = AppointmentStatus::Cancelled;
    EXPECT_TRUE(kindsAt(at(kMonday, 10), book).empty());
    book.booked[0].status = AppointmentStatus::LateCancelled;
    EXPECT_TRUE(kindsAt(at(kMonday, 10), book).empty());
    book.booked[0].status = AppointmentStatus::NoShow;
    EXPECT_EQ(kindsAt(at(kMonday, 10), book), std::vector{Kind::Overlap});
    book.booked[0].status = AppointmentStatus::Completed;
    EXPECT_EQ(kindsAt(at(kMonday, 11), book), std::vector{Kind::IntoBuffer});
}

TEST(BookingCheck, MovingAVisitOverItsOwnOldSlotMeetsNothing)
{
    BookContext book = splitWeek();
    book.week.dailyCap = 1;
    book.booked = {visitAt(at(kMonday, 10), 60, 15, 5)};
    EXPECT_TRUE(bookingIssues(visitAt(at(kMonday, 10, 30), 60, 15, 5), book).empty());
    EXPECT_TRUE(bookingIssues(visitAt(at(kMonday, 9), 60, 15, 5), book).empty()) << "its old buffer too";
    EXPECT_EQ(kindsOf(bookingIssues(visitAt(at(kMonday, 10, 30), 60, 15, 0), book)),
              (std::vector{Kind::Overlap, Kind::DailyCap}))
        << "a new visit (id 0) meets it";
    EXPECT_EQ(bookingIssues(visitAt(at(kMonday, 10, 30), 60, 15, 8), book),
              (std::vector{meeting(Kind::Overlap, 5), BookingIssue{Kind::DailyCap, std::nullopt, {}}}));
}

TEST(BookingCheck, StartingInAnotherVisitsBufferRunsIntoIt)
{
    BookContext book = splitWeek();
    book.booked = {visitAt(at(kMonday, 10), 60, 15, 5)};
    EXPECT_EQ(bookingIssues(visitAt(at(kMonday, 11), 60, 0), book), std::vector{meeting(Kind::IntoBuffer, 5)});
    EXPECT_EQ(kindsAt(at(kMonday, 11, 10), book, 30, 0), std::vector{Kind::IntoBuffer});
    EXPECT_TRUE(kindsAt(at(kMonday, 11, 15), book, 45, 0).empty()) << "starts as the room is ready";
}

TEST(BookingCheck, ItsOwnBufferRunningIntoTheNextVisitRunsIntoIt)
{
    BookContext book = splitWeek();
    book.booked = {visitAt(at(kMonday, 10), 60, 0, 5)};
    EXPECT_EQ(bookingIssues(visitAt(at(kMonday, 9), 50, 15), book), std::vector{meeting(Kind::IntoBuffer, 5)});
    EXPECT_TRUE(kindsAt(at(kMonday, 9), book, 45, 15).empty()) << "the room is ready at 10:00";
    EXPECT_TRUE(kindsAt(at(kMonday, 9), book, 60, 0).empty());
}

TEST(BookingCheck, AVisitAlreadyOverlappedIsNotNamedAgainForItsBuffer)
{
    BookContext book = splitWeek();
    book.booked = {visitAt(at(kMonday, 10, 30), 60, 15, 5)};
    EXPECT_EQ(bookingIssues(visitAt(at(kMonday, 10), 60, 15), book), std::vector{meeting(Kind::Overlap, 5)});
}

TEST(BookingCheck, TwoBuffersMayRunSideBySide)
{
    BookContext book = openEveryHourOfEveryDay();
    // The other visit's buffer runs 11:00–11:15; this one's own buffer starts at 11:00 too, but
    // neither buffer holds a client.
    Appointment other = visitAt(at(kMonday, 10), 60, 15, 5);
    book.booked = {other};
    Appointment visit = visitAt(at(kMonday, 11, 15), 60, 15);
    EXPECT_TRUE(bookingIssues(visit, book).empty());
}

TEST(BookingCheck, TheDailyCapCountsTheDaysVisitsThatHoldTheirTime)
{
    BookContext book = splitWeek();
    book.week.dailyCap = 2;
    book.booked = {visitAt(at(kMonday, 9), 60, 15, 1), visitAt(at(kMonday, 13), 60, 15, 2),
                   visitAt(at(kTuesday, 9), 60, 15, 3)};
    EXPECT_EQ(kindsAt(at(kMonday, 15), book), std::vector{Kind::DailyCap});
    EXPECT_TRUE(kindsAt(at(kTuesday, 15), book).empty()) << "another day has its own count";

    book.booked[1].status = AppointmentStatus::Cancelled;
    EXPECT_TRUE(kindsAt(at(kMonday, 15), book).empty()) << "a cancelled visit does not count";

    book.booked[1].status = AppointmentStatus::Booked;
    EXPECT_TRUE(bookingIssues(visitAt(at(kMonday, 15), 60, 15, 2), book).empty())
        << "moving one of the day's visits within the day keeps the count";
    book.week.dailyCap.reset();
    EXPECT_TRUE(kindsAt(at(kMonday, 15), book).empty()) << "no cap";
}

TEST(BookingCheck, EveryIssueTogetherInTheOrderOfTheKinds)
{
    BookContext book = splitWeek();
    book.week.dailyCap = 2;
    book.timeOff.push_back(TimeOff{1, at(kMonday, 11, 45), at(kMonday, 12, 30), "Phone call"});
    book.booked = {visitAt(at(kMonday, 12, 40), 20, 0, 4), visitAt(at(kMonday, 10), 60, 15, 3)};
    // 10:45–12:30, ready at 12:45: across lunch, into the call, over the 10:00 visit, its buffer
    // into the 12:40 visit, on a day that already has two.
    std::vector<BookingIssue> expected{
        BookingIssue{Kind::OutsideHours, std::nullopt, {}},
        BookingIssue{Kind::TimeOff, std::nullopt, "Phone call"},
        meeting(Kind::Overlap, 3),
        meeting(Kind::IntoBuffer, 4),
        BookingIssue{Kind::DailyCap, std::nullopt, {}},
    };
    EXPECT_EQ(bookingIssues(visitAt(at(kMonday, 10, 45), 105, 15), book), expected);
}

TEST(BookingCheck, EveryIssueHasWordsForTheTherapist)
{
    for (Kind kind : {Kind::OutsideHours, Kind::TimeOff, Kind::Overlap, Kind::IntoBuffer, Kind::DailyCap})
        EXPECT_FALSE(describeIssue(BookingIssue{kind, std::nullopt, {}}).empty());
    EXPECT_EQ(describeIssue(BookingIssue{Kind::OutsideHours, std::nullopt, {}}), "Outside opening hours");
    EXPECT_EQ(describeIssue(BookingIssue{Kind::TimeOff, std::nullopt, {}}), "During time off");
}

TEST(BookingCheck, AVisitWithoutAStartIsRefused)
{
    EXPECT_THROW(bookingIssues(Appointment{}, splitWeek()), std::invalid_argument);
}

TEST(FirstFreeStart, FindsTheQuarterHourAfterTheBufferOfTheVisitInTheWay)
{
    BookContext book = splitWeek();
    book.booked = {visitAt(at(kMonday, 10), 45, 15, 5)};  // the room is ready at 11:00
    EXPECT_EQ(firstFreeStart(at(kMonday, 10), visitAt(at(kMonday, 10)), book), at(kMonday, 11));
    EXPECT_EQ(firstFreeStart(at(kMonday, 9), visitAt(at(kMonday, 9), 45, 15), book), at(kMonday, 9))
        << "room before it: its own buffer ends as the 10:00 visit starts";
    EXPECT_EQ(firstFreeStart(at(kMonday, 9), visitAt(at(kMonday, 9), 60, 15), book), at(kMonday, 11))
        << "at 09:00 its own buffer would run into the 10:00 visit";
    EXPECT_EQ(firstFreeStart(at(kMonday, 10), visitAt(at(kMonday, 10), 90, 15), book), at(kMonday, 13))
        << "90 minutes from 11:00 would cross the lunch break";
}

TEST(FirstFreeStart, TriesOnlyQuarterHoursFromTheTimeGiven)
{
    const BookContext book = splitWeek();
    EXPECT_EQ(firstFreeStart(at(kMonday, 9, 7), visitAt(at(kMonday, 9)), book), at(kMonday, 9, 15));
    EXPECT_EQ(firstFreeStart(at(kMonday, 9, 15), visitAt(at(kMonday, 9)), book), at(kMonday, 9, 15));
    EXPECT_EQ(firstFreeStart(at(kMonday, 6), visitAt(at(kMonday, 9)), book), at(kMonday, 9)) << "at opening";
    EXPECT_EQ(firstFreeStart(at(kMonday, 11, 30), visitAt(at(kMonday, 9)), book), at(kMonday, 13))
        << "after the lunch break";
}

TEST(FirstFreeStart, NoneOnAClosedDayAFullDayOrPastTheLastRoom)
{
    BookContext book = splitWeek();
    EXPECT_EQ(firstFreeStart(at(kSunday, 0), visitAt(at(kSunday, 9)), book), std::nullopt);
    EXPECT_EQ(firstFreeStart(at(kMonday, 17, 15), visitAt(at(kMonday, 9)), book), std::nullopt)
        << "an hour no longer fits before 18:00, and the next day is not tried";

    book.week.dailyCap = 1;
    book.booked = {visitAt(at(kMonday, 9), 60, 15, 1)};
    EXPECT_EQ(firstFreeStart(at(kMonday, 9), visitAt(at(kMonday, 9)), book), std::nullopt) << "the cap is reached";

    book.week.dailyCap.reset();
    book.booked = {visitAt(at(kMonday, 9), 180, 0, 1), visitAt(at(kMonday, 13), 300, 0, 2)};
    EXPECT_EQ(firstFreeStart(at(kMonday, 0), visitAt(at(kMonday, 9), 30, 0), book), std::nullopt)
        << "both stretches are booked";
}

TEST(FirstFreeStart, AVisitBeingMovedMayStayInItsOwnSlot)
{
    BookContext book = splitWeek();
    book.week.dailyCap = 1;
    book.booked = {visitAt(at(kMonday, 10), 60, 15, 5)};
    EXPECT_EQ(firstFreeStart(at(kMonday, 9, 30), visitAt(at(kMonday, 10), 60, 15, 5), book), at(kMonday, 9, 30));
    EXPECT_EQ(firstFreeStart(at(kMonday, 9, 30), visitAt(at(kMonday, 10), 60, 15), book), std::nullopt)
        << "another visit meets the cap";
}

TEST(FirstFreeStart, StepsOverTimeOff)
{
    BookContext book = splitWeek();
    book.timeOff.push_back(TimeOff{1, at(kMonday, 13), at(kMonday, 15, 30), "Course"});
    EXPECT_EQ(firstFreeStart(at(kMonday, 11, 30), visitAt(at(kMonday, 9)), book), at(kMonday, 15, 30));
}

// The book counts wall-clock time: on the days the clocks change, a 10:00–11:00 visit is one
// hour on the book, and the night's repeated or skipped hour changes nothing for the day's visits.
TEST(BookingCheck, OnTheDaysTheClocksChangeAVisitIsItsWallClockLength)
{
    testing::TimeZoneOverride toronto("America/Toronto");
    BookContext book = openEveryHourOfEveryDay();
    const Date clocksBack(2026, 11, 1);
    const Date clocksForward(2027, 3, 14);
    for (const Date& day : {clocksBack, clocksForward}) {
        SCOPED_TRACE(isoLocalTime(at(day, 0)));
        book.booked = {visitAt(at(day, 10), 60, 0, 5), visitAt(at(day, 1), 60, 0, 6)};
        EXPECT_TRUE(kindsAt(at(day, 11), book, 60, 0).empty());
        EXPECT_EQ(kindsAt(at(day, 10, 45), book, 60, 0), std::vector{Kind::Overlap});
        EXPECT_EQ(kindsAt(at(day, 9), book, 60, 1), std::vector{Kind::IntoBuffer});
        EXPECT_TRUE(kindsAt(at(day, 2), book, 60, 0).empty()) << "after the night's visit, in wall-clock time";
        EXPECT_EQ(firstFreeStart(at(day, 9, 30), visitAt(at(day, 9)), book), at(day, 11));
    }
}

} // namespace
} // namespace knotwork::schedule
