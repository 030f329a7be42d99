// The rules the book's records keep before they are saved: each problem names its field and rule,
// and every problem of a record is found at once.
#include <gtest/gtest.h>

#include "schedule/schedule_validation.h"
#include "support/refusal.h"

namespace knotwork::schedule {
namespace {

using boost::posix_time::hours;
using boost::posix_time::minutes;
using Problems = std::vector<std::string>;
using testing::problemsOf;
using testing::refusal;

const Date kToday(2026, 12, 6);

Appointment goodVisit()
{
    Appointment visit;
    visit.clientId = 7;
    visit.start = localTimeOn(Date(2026, 12, 7), hours(10));
    visit.minutes = 60;
    visit.bufferMinutes = 15;
    visit.notes = "Prefers the side-lying position.\nBring the pillow.";
    return visit;
}

Problems visitProblems(const Appointment& visit)
{
    return problemsOf([&] { validateAppointment(visit, kToday); });
}

Service goodService()
{
    Service service;
    service.name = "Treatment, 60 min";
    service.minutes = 60;
    service.bufferMinutes = 15;
    service.feeCents = 110'00;
    return service;
}

Problems serviceProblems(const Service& service)
{
    return problemsOf([&] { validateService(service); });
}

Problems weekProblems(const WorkingWeek& week)
{
    return problemsOf([&] { validateWorkingWeek(week); });
}

WorkingWeek splitWeek()
{
    WorkingWeek week;
    for (int weekday = 1; weekday <= 5; ++weekday)
        week.days[weekday] = {{hours(9), hours(12)}, {hours(13), hours(18)}};
    week.dailyCap = 6;
    return week;
}

TEST(AppointmentValidation, AcceptsAVisitWithMultiLineNotes)
{
    EXPECT_EQ(visitProblems(goodVisit()), Problems{});
}

TEST(AppointmentValidation, LengthAndBufferKeepTheirRanges)
{
    Appointment visit = goodVisit();
    for (int length : {5, 480}) {
        visit.minutes = length;
        EXPECT_EQ(visitProblems(visit), Problems{}) << length;
    }
    visit.bufferMinutes = 0;
    EXPECT_EQ(visitProblems(visit), Problems{});
    visit.bufferMinutes = 120;
    EXPECT_EQ(visitProblems(visit), Problems{});

    visit.minutes = 4;
    visit.bufferMinutes = 121;
    EXPECT_EQ(visitProblems(visit), (Problems{"minutes: range", "buffer_minutes: range"}));
    visit.minutes = 481;
    visit.bufferMinutes = -1;
    EXPECT_EQ(visitProblems(visit), (Problems{"minutes: range", "buffer_minutes: range"}));

    const auto error = refusal([&] { validateAppointment(visit, kToday); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->problems()[0].message, "Length in minutes must be between 5 and 480; 481 is outside.");
    EXPECT_EQ(error->problems()[1].message, "Buffer in minutes must be between 0 and 120; -1 is outside.");
}

TEST(AppointmentValidation, TheStartIsAPlausibleDay)
{
    Appointment visit = goodVisit();
    visit.start = LocalTime(boost::posix_time::not_a_date_time);
    EXPECT_EQ(visitProblems(visit), Problems{"start: required"});
    visit.start = localTimeOn(Date(1899, 12, 31), hours(10));
    EXPECT_EQ(visitProblems(visit), Problems{"start: date-range"});
    visit.start = localTimeOn(Date(2028, 12, 6), hours(10));
    EXPECT_EQ(visitProblems(visit), Problems{}) << "two years ahead: a long plan's series";
    visit.start = localTimeOn(Date(2028, 12, 7), hours(10));
    EXPECT_EQ(visitProblems(visit), Problems{"start: date-range"});
    visit.start = localTimeOn(Date(2019, 3, 4), hours(10));
    EXPECT_EQ(visitProblems(visit), Problems{}) << "past visits are entered from the paper book";
}

TEST(AppointmentValidation, NotesKeepTheTextRulesAndAVisitIsForAClient)
{
    Appointment visit = goodVisit();
    visit.clientId = 0;
    visit.notes = "Door code \x1b[31m";
    EXPECT_EQ(visitProblems(visit), (Problems{"client_id: required", "notes: control-character"}));
    visit.notes = std::string(4001, 'a');
    EXPECT_EQ(visitProblems(visit), (Problems{"client_id: required", "notes: max-length"}));
}

TEST(AppointmentValidation, ACancellationIsRecordedExactlyForACancelledVisit)
{
    Appointment visit = goodVisit();
    visit.status = AppointmentStatus::LateCancelled;
    EXPECT_EQ(visitProblems(visit), Problems{"cancellation: required"});

    visit.cancellation = Cancellation{CancelledBy::Client, Timestamp(boost::posix_time::not_a_date_time),
                                      "Sick\nchild"};
    EXPECT_EQ(visitProblems(visit), (Problems{"cancellation.at: required", "cancellation.reason: single-line"}));

    visit.cancellation->at = Timestamp(boost::posix_time::ptime(Date(2026, 12, 6), hours(20)));
    visit.cancellation->reason = "Sick child";
    EXPECT_EQ(visitProblems(visit), Problems{});

    visit.status = AppointmentStatus::Completed;
    EXPECT_EQ(visitProblems(visit), Problems{"cancellation: status"});
}

TEST(ServiceValidation, AcceptsTheUsualServices)
{
    EXPECT_EQ(serviceProblems(goodService()), Problems{});
    Service free = goodService();
    free.feeCents = 0;
    free.bufferMinutes = 0;
    free.name = std::string(80, 'x');
    EXPECT_EQ(serviceProblems(free), Problems{});
}

TEST(ServiceValidation, NameLengthBufferAndFeeKeepTheirRules)
{
    Service service = goodService();
    service.name = "  ";
    EXPECT_EQ(serviceProblems(service), Problems{"name: required"});
    service.name = "Treatment\n60 min";
    EXPECT_EQ(serviceProblems(service), Problems{"name: single-line"});
    service.name = std::string(81, 'x');
    EXPECT_EQ(serviceProblems(service), Problems{"name: max-length"});

    service = goodService();
    service.minutes = 0;
    service.bufferMinutes = 200;
    service.feeCents = -1;
    EXPECT_EQ(serviceProblems(service), (Problems{"minutes: range", "buffer_minutes: range", "fee_cents: range"}));
    service = goodService();
    service.feeCents = 10'000'01;
    const auto error = refusal([&] { validateService(service); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->field(), "fee_cents");
    EXPECT_EQ(error->problems()[0].message, "Fee must be between 0 and 10000; 10000.01 is outside.");
    service.feeCents = 10'000'00;
    EXPECT_EQ(serviceProblems(service), Problems{});
}

TEST(WorkingWeekValidation, AcceptsSplitDaysClosedDaysAndHoursToMidnight)
{
    WorkingWeek week = splitWeek();
    week.days[6] = {{hours(18), hours(24)}};
    EXPECT_EQ(weekProblems(week), Problems{});
    week.dailyCap.reset();
    EXPECT_EQ(weekProblems(week), Problems{}) << "no cap";
    EXPECT_EQ(weekProblems(WorkingWeek{}), Problems{}) << "a week not yet set up is closed";
}

TEST(WorkingWeekValidation, EachStretchOpensBeforeItClosesWithinTheDay)
{
    WorkingWeek week = splitWeek();
    week.days[1][1].closes = hours(13);
    week.days[3][0] = {hours(12), hours(9)};
    week.days[6] = {{hours(20), hours(24) + minutes(30)}};
    EXPECT_EQ(weekProblems(week), (Problems{"monday[1].closes: after-opens", "wednesday[0].closes: after-opens",
                                            "saturday[0].closes: time-of-day"}));

    const auto error = refusal([&] { validateWorkingWeek(week); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->problems()[0].message, "Monday, hours 2: closing must be after opening (13:00).");

    week = splitWeek();
    week.days[0] = {{-hours(1), hours(9)}};
    EXPECT_EQ(weekProblems(week), Problems{"sunday[0].opens: time-of-day"});
}

TEST(WorkingWeekValidation, StretchesComeInOrderWithoutOverlappingOrTouching)
{
    WorkingWeek week = splitWeek();
    week.days[2] = {{hours(13), hours(18)}, {hours(9), hours(12)}};
    week.days[4] = {{hours(9), hours(13)}, {hours(12), hours(18)}};
    week.days[5] = {{hours(9), hours(12)}, {hours(12), hours(18)}};
    EXPECT_EQ(weekProblems(week), (Problems{"tuesday[1].opens: in-order", "thursday[1].opens: in-order",
                                            "friday[1].opens: in-order"}));
    const auto error = refusal([&] { validateWorkingWeek(week); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->problems()[2].message,
              "Friday, hours 2: must open after hours 1 close (12:00); hours that touch are one stretch.");
}

TEST(WorkingWeekValidation, TheDailyCapIsOneToTwentyOrNone)
{
    WorkingWeek week = splitWeek();
    for (int cap : {1, 20}) {
        week.dailyCap = cap;
        EXPECT_EQ(weekProblems(week), Problems{}) << cap;
    }
    for (int cap : {0, 21}) {
        week.dailyCap = cap;
        EXPECT_EQ(weekProblems(week), Problems{"daily_cap: range"}) << cap;
    }
}

TEST(TimeOffValidation, EndsAfterItBeginsWithAOneLineReason)
{
    const Date monday(2026, 12, 7);
    TimeOff away{0, localTimeOn(monday, hours(0)), localTimeOn(monday + boost::gregorian::days(1), hours(0)),
                 "Statutory holiday"};
    EXPECT_EQ(problemsOf([&] { validateTimeOff(away, kToday); }), Problems{});

    away.to = away.from;
    away.reason = "Course\nin Montreal";
    EXPECT_EQ(problemsOf([&] { validateTimeOff(away, kToday); }), (Problems{"to: after-from", "reason: single-line"}));

    away.from = LocalTime(boost::posix_time::not_a_date_time);
    away.to = LocalTime(boost::posix_time::not_a_date_time);
    away.reason.clear();
    EXPECT_EQ(problemsOf([&] { validateTimeOff(away, kToday); }), (Problems{"from: required", "to: required"}));

    away.from = localTimeOn(Date(2030, 1, 1), hours(0));
    away.to = localTimeOn(Date(2030, 1, 2), hours(0));
    EXPECT_EQ(problemsOf([&] { validateTimeOff(away, kToday); }), Problems{"from: date-range"});
}

TEST(CancellationPolicyValidation, WindowFeesAndAVersionForTheWording)
{
    CancellationPolicy policy;
    EXPECT_EQ(problemsOf([&] { validateCancellationPolicy(policy); }), Problems{}) << "no policy yet";

    policy.text = "Please give 24 hours' notice.\nLate cancellations are charged half the fee.";
    EXPECT_EQ(problemsOf([&] { validateCancellationPolicy(policy); }), Problems{"version: required"});
    policy.version = "2026-1";
    policy.lateWindowHours = 168;
    policy.lateFeeCents = 55'00;
    policy.noShowFeeCents = 110'00;
    EXPECT_EQ(problemsOf([&] { validateCancellationPolicy(policy); }), Problems{});

    policy.version = "2026\n1";
    policy.lateWindowHours = 169;
    policy.lateFeeCents = -1;
    policy.noShowFeeCents = 10'000'01;
    EXPECT_EQ(problemsOf([&] { validateCancellationPolicy(policy); }),
              (Problems{"version: single-line", "late_window_hours: range", "late_fee_cents: range",
                        "no_show_fee_cents: range"}));
    policy = CancellationPolicy{};
    policy.lateWindowHours = -1;
    EXPECT_EQ(problemsOf([&] { validateCancellationPolicy(policy); }), Problems{"late_window_hours: range"});
}

} // namespace
} // namespace knotwork::schedule
