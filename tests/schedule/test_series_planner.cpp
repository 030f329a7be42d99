// Booking a plan's rhythm: the series proposed from the plan's phases, shifted or skipped around
// what is on the book, re-spaced when the plan moves on, and the rest of a series picked and moved.
// Every test runs in Toronto so wall-clock times meet real daylight-saving changes.
#include <type_traits>
#include <gtest/gtest.h>

#include "schedule/series_planner.h"
#include "support/booked_visit.h"
#include "support/environment_override.h"

namespace knotwork::schedule {
namespace {

using boost::gregorian::Sep;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using plans::FrequencyPhase;

constexpr int sunday = 0;
constexpr int wednesday = 3;

LocalTime at(int year, int month, int day, int hour, int minute = 0)
{
    return localTimeOn(Date(year, month, day), hours(hour) + minutes(minute));
}

FrequencyPhase every(int weeks, std::optional<int> visits, std::optional<int> most = std::nullopt)
{
    FrequencyPhase phase;
    phase.everyWeeks = weeks;
    phase.everyWeeksMost = most;
    phase.visits = visits;
    return phase;
}

// Monday to Friday, 09:00–17:00.
BookContext weekdaysNineToFive()
{
    BookContext book;
    for (int day = 1; day <= 5; ++day)
        book.week.days[day] = {OpeningHours{hours(9), hours(17)}};
    return book;
}

Appointment otherClientAt(AppointmentId id, const LocalTime& start, int length = 60, int buffer = 15)
{
    return testing::bookedVisit(start, length, buffer, id, 8);
}

// The client's hour of treatment with a quarter hour for the room after.
SeriesRequest weeklyFrom(const LocalTime& first, int visits)
{
    SeriesRequest request;
    request.visit.clientId = 7;
    request.visit.serviceId = 2;
    request.visit.planId = 3;
    request.visit.minutes = 60;
    request.visit.bufferMinutes = 15;
    request.phases = {every(1, visits)};
    request.first = first;
    return request;
}

template <typename T, typename Part>
auto each(const std::vector<T>& items, Part part)
{
    std::vector<std::invoke_result_t<Part, const T&>> parts;
    for (const T& item : items)
        parts.push_back(part(item));
    return parts;
}

std::vector<LocalTime> askedTimes(const std::vector<ProposedVisit>& proposals)
{
    return each(proposals, [](const ProposedVisit& proposal) { return proposal.asked; });
}

std::vector<LocalTime> bookedTimes(const std::vector<ProposedVisit>& proposals)
{
    return each(proposals, [](const ProposedVisit& proposal) {
        return proposal.booked.value_or(LocalTime(boost::posix_time::not_a_date_time));
    });
}

std::vector<AppointmentId> ids(const std::vector<Appointment>& visits)
{
    return each(visits, [](const Appointment& visit) { return visit.id; });
}

class SeriesPlanner : public ::testing::Test {
protected:
    testing::TimeZoneOverride toronto{"America/Toronto"};
};

TEST_F(SeriesPlanner, BooksTheSeedsRhythmWeeklyThenEveryTwoWeeksThenEveryFourUntilTheChosenDay)
{
    SeriesRequest request = weeklyFrom(at(2026, 9, 1, 10), 6);
    request.phases = {every(1, 6), every(2, 6), every(4, std::nullopt, 6)};
    request.until = Date(2027, 6, 15);

    const std::vector<ProposedVisit> series = proposeSeries(request, weekdaysNineToFive());

    const std::vector<LocalTime> expected = {
        // weekly ×6
        at(2026, 9, 1, 10), at(2026, 9, 8, 10), at(2026, 9, 15, 10), at(2026, 9, 22, 10), at(2026, 9, 29, 10),
        at(2026, 10, 6, 10),
        // every two weeks ×6, the first two weeks after the last weekly visit, across 2026-11-01
        at(2026, 10, 20, 10), at(2026, 11, 3, 10), at(2026, 11, 17, 10), at(2026, 12, 1, 10), at(2026, 12, 15, 10),
        at(2026, 12, 29, 10),
        // every 4–6 weeks at its lower end, across 2027-03-14, until the chosen day (included)
        at(2027, 1, 26, 10), at(2027, 2, 23, 10), at(2027, 3, 23, 10), at(2027, 4, 20, 10), at(2027, 5, 18, 10),
        at(2027, 6, 15, 10)};
    EXPECT_EQ(askedTimes(series), expected);
    EXPECT_EQ(bookedTimes(series), expected) << "an open week books every visit as asked";
    for (std::size_t index = 0; index < series.size(); ++index) {
        EXPECT_EQ(series[index].fate, ProposalFate::AsAsked);
        EXPECT_TRUE(series[index].because.empty());
        EXPECT_EQ(series[index].phase, static_cast<int>(index / 6)) << "visit " << index + 1;
    }

    request.until = Date(2027, 6, 14);
    EXPECT_EQ(proposeSeries(request, weekdaysNineToFive()).size(), expected.size() - 1);
}

TEST_F(SeriesPlanner, BooksOnlyTheVisitsAPhaseStillAsksFor)
{
    SeriesRequest request = weeklyFrom(at(2026, 9, 29, 10), 6);
    request.phases = {every(1, 6), every(2, 2)};
    request.visitsDoneInPhase = 4;
    EXPECT_EQ(askedTimes(proposeSeries(request, weekdaysNineToFive())),
              (std::vector<LocalTime>{at(2026, 9, 29, 10), at(2026, 10, 6, 10), at(2026, 10, 20, 10),
                                      at(2026, 11, 3, 10)}));

    request.visitsDoneInPhase = 6;
    const std::vector<ProposedVisit> secondPhase = proposeSeries(request, weekdaysNineToFive());
    ASSERT_EQ(secondPhase.size(), 2U) << "a finished phase is passed over";
    EXPECT_EQ(secondPhase[0].asked, at(2026, 9, 29, 10));
    EXPECT_EQ(secondPhase[0].phase, 1);
    EXPECT_EQ(secondPhase[1].asked, at(2026, 10, 13, 10));
}

TEST_F(SeriesPlanner, ThePlansVisitsAlreadyBookedCarryTheSeriesOnAfterTheLastOne)
{
    // Weekly ×3, every two weeks ×2, then every four weeks: four visits booked on Thursdays.
    SeriesRequest request = weeklyFrom(at(2026, 9, 1, 10), 3);
    request.phases = {every(1, 3), every(2, 2), every(4, std::nullopt)};
    request.until = Date(2026, 12, 31);
    const std::vector<LocalTime> booked = {at(2026, 9, 24, 14), at(2026, 9, 3, 14), at(2026, 9, 10, 14),
                                           at(2026, 9, 17, 14)};

    const SeriesRequest continued = continuedAfter(request, booked);
    EXPECT_EQ(continued.fromPhase, 1);
    EXPECT_EQ(continued.visitsDoneInPhase, 1) << "the fourth visit booked is the first of the second phase";
    EXPECT_EQ(continued.first, at(2026, 10, 13, 10))
        << "the chosen Tuesday at 10:00, no sooner than two weeks after the last visit booked";
    EXPECT_EQ(askedTimes(proposeSeries(continued, weekdaysNineToFive())),
              (std::vector<LocalTime>{at(2026, 10, 13, 10), at(2026, 11, 10, 10), at(2026, 12, 8, 10)}));

    const std::vector<LocalTime> whole = {at(2026, 9, 3, 14), at(2026, 9, 10, 14), at(2026, 9, 17, 14),
                                          at(2026, 10, 1, 14), at(2026, 10, 15, 14)};
    request.phases = {every(1, 3), every(2, 2)};
    EXPECT_TRUE(proposeSeries(continuedAfter(request, whole), weekdaysNineToFive()).empty())
        << "every visit the plan asks for is booked";

    request.first = at(2027, 1, 5, 10);
    EXPECT_EQ(continuedAfter(request, {at(2026, 9, 3, 14)}).first, at(2027, 1, 5, 10))
        << "a first day chosen later is kept";
    EXPECT_EQ(continuedAfter(request, {}).first, request.first);
}

TEST_F(SeriesPlanner, AnOpenEndedPhaseWithoutAnEndDayBooksNothing)
{
    SeriesRequest request = weeklyFrom(at(2026, 9, 1, 10), 2);
    request.phases = {every(1, 2), every(4, std::nullopt, 6)};
    EXPECT_EQ(proposeSeries(request, weekdaysNineToFive()).size(), 2U);
    request.first = LocalTime(boost::posix_time::not_a_date_time);
    EXPECT_TRUE(proposeSeries(request, weekdaysNineToFive()).empty());
}

TEST_F(SeriesPlanner, TenOClockStaysTenOClockAcrossBothDaylightSavingChanges)
{
    BookContext book = weekdaysNineToFive();
    book.week.days[sunday] = {OpeningHours{hours(9), hours(17)}};

    // Sundays, through the night the clocks go back (2026-11-01) …
    const std::vector<ProposedVisit> autumn = proposeSeries(weeklyFrom(at(2026, 10, 25, 10), 3), book);
    EXPECT_EQ(bookedTimes(autumn),
              (std::vector<LocalTime>{at(2026, 10, 25, 10), at(2026, 11, 1, 10), at(2026, 11, 8, 10)}));
    EXPECT_EQ(utcOfLocal(*autumn[0].booked), Timestamp(ptime(Date(2026, 10, 25), hours(14))));
    EXPECT_EQ(utcOfLocal(*autumn[1].booked), Timestamp(ptime(Date(2026, 11, 1), hours(15))))
        << "a week and an hour later in real time";

    // … and forward (2027-03-14).
    const std::vector<ProposedVisit> spring = proposeSeries(weeklyFrom(at(2027, 3, 7, 10), 3), book);
    EXPECT_EQ(bookedTimes(spring),
              (std::vector<LocalTime>{at(2027, 3, 7, 10), at(2027, 3, 14, 10), at(2027, 3, 21, 10)}));
    EXPECT_EQ(utcOfLocal(*spring[0].booked), Timestamp(ptime(Date(2027, 3, 7), hours(15))));
    EXPECT_EQ(utcOfLocal(*spring[1].booked), Timestamp(ptime(Date(2027, 3, 14), hours(14))));
}

TEST_F(SeriesPlanner, CountsWeeksAcrossTheLeapDayMonthEndsAndTheYearEnd)
{
    const BookContext book = weekdaysNineToFive();
    EXPECT_EQ(askedTimes(proposeSeries(weeklyFrom(at(2028, 2, 15, 10), 4), book)),
              (std::vector<LocalTime>{at(2028, 2, 15, 10), at(2028, 2, 22, 10), at(2028, 2, 29, 10),
                                      at(2028, 3, 7, 10)}));

    SeriesRequest monthEnd = weeklyFrom(at(2028, 1, 31, 10), 3);
    monthEnd.phases = {every(4, 3)};
    EXPECT_EQ(askedTimes(proposeSeries(monthEnd, book)),
              (std::vector<LocalTime>{at(2028, 1, 31, 10), at(2028, 2, 28, 10), at(2028, 3, 27, 10)}));

    SeriesRequest yearEnd = weeklyFrom(at(2026, 12, 29, 10), 3);
    yearEnd.phases = {every(2, 3)};
    EXPECT_EQ(askedTimes(proposeSeries(yearEnd, book)),
              (std::vector<LocalTime>{at(2026, 12, 29, 10), at(2027, 1, 12, 10), at(2027, 1, 26, 10)}));
}

TEST_F(SeriesPlanner, AHolidayShiftsItsVisitToTheNextOpenDayAndTheRhythmCarriesOn)
{
    BookContext book = weekdaysNineToFive();
    book.timeOff.push_back(TimeOff{1, at(2026, 10, 12, 0), at(2026, 10, 13, 0), "Thanksgiving"});

    const std::vector<ProposedVisit> series = proposeSeries(weeklyFrom(at(2026, 10, 5, 10), 3), book);

    ASSERT_EQ(series.size(), 3U);
    EXPECT_EQ(series[1].asked, at(2026, 10, 12, 10));
    EXPECT_EQ(series[1].fate, ProposalFate::Shifted);
    EXPECT_EQ(series[1].booked, at(2026, 10, 13, 10)) << "Tuesday at the asked time";
    EXPECT_EQ(series[1].because,
              (std::vector<BookingIssue>{BookingIssue{BookingIssueKind::TimeOff, std::nullopt, "Thanksgiving"}}));
    EXPECT_EQ(series[2].booked, at(2026, 10, 19, 10)) << "the next Monday, not a week after the Tuesday";
    EXPECT_EQ(series[2].fate, ProposalFate::AsAsked);
}

TEST_F(SeriesPlanner, AClosedWeekdayMovesEachVisitToTheNextDay)
{
    BookContext book = weekdaysNineToFive();
    book.week.days[wednesday].clear();

    const std::vector<ProposedVisit> series = proposeSeries(weeklyFrom(at(2026, 9, 2, 10), 2), book);

    EXPECT_EQ(bookedTimes(series), (std::vector<LocalTime>{at(2026, 9, 3, 10), at(2026, 9, 10, 10)}));
    for (const ProposedVisit& proposal : series) {
        EXPECT_EQ(proposal.fate, ProposalFate::Shifted);
        ASSERT_FALSE(proposal.because.empty());
        EXPECT_EQ(proposal.because.front().kind, BookingIssueKind::OutsideHours);
    }
}

TEST_F(SeriesPlanner, AConflictWithAnotherVisitShiftsToTheNearestFreeTimeThatDay)
{
    BookContext book = weekdaysNineToFive();
    // Another client until 10:00, the room ready at 10:15: later is the only way.
    book.booked.push_back(otherClientAt(41, at(2026, 9, 8, 9)));
    // Another client from 10:30: 09:15 (ending at 10:15, the room ready at 10:30) is nearer than 11:45.
    book.booked.push_back(otherClientAt(42, at(2026, 9, 15, 10, 30)));

    const std::vector<ProposedVisit> series = proposeSeries(weeklyFrom(at(2026, 9, 8, 10), 2), book);

    ASSERT_EQ(series.size(), 2U);
    EXPECT_EQ(series[0].fate, ProposalFate::Shifted);
    EXPECT_EQ(series[0].booked, at(2026, 9, 8, 10, 15));
    ASSERT_EQ(series[0].because.size(), 1U);
    EXPECT_EQ(series[0].because[0].kind, BookingIssueKind::IntoBuffer);
    EXPECT_EQ(series[0].because[0].other, 41);

    EXPECT_EQ(series[1].fate, ProposalFate::Shifted);
    EXPECT_EQ(series[1].booked, at(2026, 9, 15, 9, 15)) << "earlier the same day when that is nearer";
    ASSERT_FALSE(series[1].because.empty());
    EXPECT_EQ(series[1].because[0].other, 42);
}

TEST_F(SeriesPlanner, AsNearEarlierAsLaterTakesTheLaterTime)
{
    BookContext book = weekdaysNineToFive();
    book.booked.push_back(otherClientAt(41, at(2026, 9, 8, 10, 15), 30, 0));
    SeriesRequest request = weeklyFrom(at(2026, 9, 8, 10), 1);
    request.visit.bufferMinutes = 0;

    // 09:15 (ending as the other visit starts) and 10:45 (as it ends) are both 45 minutes away.
    const std::vector<ProposedVisit> series = proposeSeries(request, book);

    ASSERT_EQ(series.size(), 1U);
    EXPECT_EQ(series[0].booked, at(2026, 9, 8, 10, 45));
}

TEST_F(SeriesPlanner, AFullWeekSkipsTheVisitAndKeepsTheNextOne)
{
    BookContext book = weekdaysNineToFive();
    // Tuesday to Friday taken from opening to closing: the asked day and the three after it.
    for (int day = 8; day <= 11; ++day)
        book.booked.push_back(otherClientAt(40 + day, at(2026, 9, day, 9), 480, 0));

    const std::vector<ProposedVisit> series = proposeSeries(weeklyFrom(at(2026, 9, 8, 10), 2), book);

    ASSERT_EQ(series.size(), 2U);
    EXPECT_EQ(series[0].fate, ProposalFate::Skipped);
    EXPECT_FALSE(series[0].booked);
    ASSERT_FALSE(series[0].because.empty());
    EXPECT_EQ(series[0].because[0].other, 48);
    EXPECT_EQ(series[1].fate, ProposalFate::AsAsked);
    EXPECT_EQ(series[1].booked, at(2026, 9, 15, 10));
}

TEST_F(SeriesPlanner, ADayAtItsCapMovesTheVisitToTheNextDayAtTheAskedTime)
{
    BookContext book = weekdaysNineToFive();
    book.week.dailyCap = 2;
    book.booked.push_back(otherClientAt(41, at(2026, 9, 8, 13)));
    book.booked.push_back(otherClientAt(42, at(2026, 9, 8, 15)));

    const std::vector<ProposedVisit> series = proposeSeries(weeklyFrom(at(2026, 9, 8, 10), 1), book);

    ASSERT_EQ(series.size(), 1U);
    EXPECT_EQ(series[0].fate, ProposalFate::Shifted);
    EXPECT_EQ(series[0].booked, at(2026, 9, 9, 10));
    ASSERT_EQ(series[0].because.size(), 1U);
    EXPECT_EQ(series[0].because[0].kind, BookingIssueKind::DailyCap);
}

TEST_F(SeriesPlanner, EveryBookedProposalIsFreeOnTheBookBesideTheOtherProposals)
{
    BookContext book = weekdaysNineToFive();
    book.week.dailyCap = 3;
    book.timeOff.push_back(TimeOff{1, at(2026, 10, 6, 0), at(2026, 10, 9, 0), "Course"});
    for (int day = 1; day <= 30; ++day) {
        book.booked.push_back(otherClientAt(100 + day, localTimeOn(Date(2026, Sep, day), hours(9) + minutes(30))));
        if (day % 3 == 0)
            book.booked.push_back(otherClientAt(200 + day, localTimeOn(Date(2026, Sep, day), hours(13))));
    }
    SeriesRequest request = weeklyFrom(at(2026, 9, 1, 10), 6);
    request.phases = {every(1, 6), every(2, 6), every(4, std::nullopt, 6)};
    request.until = Date(2027, 3, 31);

    const std::vector<ProposedVisit> series = proposeSeries(request, book);

    BookContext withAll = book;
    for (std::size_t index = 0; index < series.size(); ++index) {
        ASSERT_TRUE(series[index].booked) << "visit " << index + 1;
        Appointment proposed = request.visit;
        proposed.id = 1000 + static_cast<AppointmentId>(index);
        proposed.start = *series[index].booked;
        withAll.booked.push_back(proposed);
    }
    EXPECT_EQ(series[0].booked, at(2026, 9, 1, 10, 45)) << "after the 09:30 visit and its buffer";
    EXPECT_EQ(series[5].booked, at(2026, 10, 9, 10)) << "the Friday after the course";
    EXPECT_EQ(series[6].booked, at(2026, 10, 20, 10)) << "two weeks after the asked Tuesday";
    for (const Appointment& proposed : std::vector<Appointment>(withAll.booked.end() - static_cast<std::ptrdiff_t>(series.size()),
                                                                 withAll.booked.end()))
        EXPECT_TRUE(bookingIssues(proposed, withAll).empty()) << isoLocalTime(proposed.start);
}

// Tuesdays 10:00 from 2026-09-15, the plan's weekly visits 3 to 6, booked as appointments 11–14.
std::vector<Appointment> remainingWeeklyVisits()
{
    std::vector<Appointment> visits;
    for (int week = 0; week < 4; ++week) {
        Appointment visit = otherClientAt(11 + week, localTimeOn(Date(2026, Sep, 15) + boost::gregorian::weeks(week), hours(10)));
        visit.clientId = 7;
        visit.seriesId = 5;
        visits.push_back(visit);
    }
    return visits;
}

TEST_F(SeriesPlanner, RespacingAtAPhaseWithFewerVisitsKeepsTheFirstAndSaysWhichAreNoLongerNeeded)
{
    BookContext book = weekdaysNineToFive();
    const std::vector<Appointment> remaining = remainingWeeklyVisits();
    book.booked = remaining;  // the series itself is on the book and never blocks its new times
    book.booked.push_back(otherClientAt(50, at(2026, 9, 29, 10)));

    RespaceRequest request;
    request.remaining = {remaining[2], remaining[0], remaining[3], remaining[1]};
    request.phases = {every(1, 6), every(2, 2)};
    request.phase = 1;

    const Respacing respacing = respaceSeries(request, book);

    ASSERT_EQ(respacing.visits.size(), 2U);
    EXPECT_EQ(respacing.visits[0].moves, 11);
    EXPECT_EQ(respacing.visits[0].fate, ProposalFate::AsAsked);
    EXPECT_EQ(respacing.visits[0].booked, at(2026, 9, 15, 10));
    EXPECT_EQ(respacing.visits[1].moves, 12);
    EXPECT_EQ(respacing.visits[1].asked, at(2026, 9, 29, 10));
    EXPECT_EQ(respacing.visits[1].fate, ProposalFate::Shifted);
    EXPECT_EQ(respacing.visits[1].booked, at(2026, 9, 29, 11, 15)) << "after the other client's visit";
    for (const BookingIssue& issue : respacing.visits[1].because)
        EXPECT_EQ(issue.other, 50) << "visit 13, moving too, does not block the time it leaves";
    EXPECT_EQ(respacing.noLongerNeeded, (std::vector<AppointmentId>{13, 14}));

    request.phase = 2;
    const Respacing noSuchPhase = respaceSeries(request, book);
    EXPECT_TRUE(noSuchPhase.visits.empty());
    EXPECT_TRUE(noSuchPhase.noLongerNeeded.empty()) << "a phase the plan does not have lets nothing go";
}

TEST_F(SeriesPlanner, RespacingIntoAnOpenEndedPhaseKeepsEveryRemainingVisitAtItsInterval)
{
    BookContext book = weekdaysNineToFive();
    std::vector<Appointment> remaining = remainingWeeklyVisits();
    book.booked = remaining;
    Appointment cancelled = remaining[1];
    cancelled.id = 19;
    cancelled.status = AppointmentStatus::Cancelled;
    remaining.push_back(cancelled);

    RespaceRequest request;
    request.remaining = remaining;
    request.phases = {every(1, 6), every(4, std::nullopt, 6)};
    request.phase = 1;

    const Respacing respacing = respaceSeries(request, book);

    EXPECT_EQ(bookedTimes(respacing.visits), (std::vector<LocalTime>{at(2026, 9, 15, 10), at(2026, 10, 13, 10),
                                                                      at(2026, 11, 10, 10), at(2026, 12, 8, 10)}))
        << "10:00 after the clocks go back too";
    const auto moved = each(respacing.visits, [](const ProposedVisit& proposal) { return proposal.moves; });
    EXPECT_EQ(moved, (std::vector<std::optional<AppointmentId>>{11, 12, 13, 14})) << "the cancelled visit stays out";
    EXPECT_TRUE(respacing.noLongerNeeded.empty());
}

// Tuesdays 10:00 from 2026-10-06: two done, one cancelled, three to come, in no order.
std::vector<Appointment> seriesAroundTheAutumnChange()
{
    std::vector<Appointment> series;
    const AppointmentStatus statuses[] = {AppointmentStatus::Completed, AppointmentStatus::Completed,
                                          AppointmentStatus::Booked,    AppointmentStatus::Cancelled,
                                          AppointmentStatus::Booked,    AppointmentStatus::Booked};
    for (int week = 5; week >= 0; --week) {
        Appointment visit = otherClientAt(21 + week, localTimeOn(Date(2026, 10, 6) + boost::gregorian::weeks(week), hours(10)));
        visit.status = statuses[week];
        series.push_back(visit);
    }
    return series;
}

TEST_F(SeriesPlanner, TheRestOfASeriesIsItsUpcomingVisitsFromTheChosenOneInOrder)
{
    const std::vector<Appointment> series = seriesAroundTheAutumnChange();
    EXPECT_EQ(ids(restOfSeries(series, 23)), (std::vector<AppointmentId>{23, 25, 26}));
    EXPECT_EQ(ids(restOfSeries(series, 25)), (std::vector<AppointmentId>{25, 26}));
    EXPECT_EQ(ids(restOfSeries(series, 21)), (std::vector<AppointmentId>{23, 25, 26})) << "done visits stay";
    EXPECT_TRUE(restOfSeries(series, 99).empty());
}

TEST_F(SeriesPlanner, MovingTheRestOfASeriesKeepsTheNewWallClockTimeAcrossTheChange)
{
    const std::vector<Appointment> series = seriesAroundTheAutumnChange();

    // Tuesday 2026-10-20 10:00 to Thursday 14:00, the next ones after the clocks go back.
    const std::vector<Appointment> moved = moveRestOfSeries(series, 23, at(2026, 10, 22, 14));

    ASSERT_EQ(ids(moved), (std::vector<AppointmentId>{23, 25, 26}));
    EXPECT_EQ(moved[0].start, at(2026, 10, 22, 14));
    EXPECT_EQ(moved[1].start, at(2026, 11, 5, 14));
    EXPECT_EQ(moved[2].start, at(2026, 11, 12, 14));
    Appointment unmoved = moved[2];
    unmoved.start = at(2026, 11, 10, 10);
    EXPECT_EQ(unmoved, series[0]) << "nothing but the start changes";

    EXPECT_TRUE(moveRestOfSeries(series, 23, at(2026, 10, 20, 10)).empty()) << "not moved at all";
    EXPECT_TRUE(moveRestOfSeries(series, 99, at(2026, 10, 22, 14)).empty());
}

} // namespace
} // namespace knotwork::schedule
