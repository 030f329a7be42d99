// BookSettingsService's use cases over in-memory stores (support/in_memory_practice.h): services
// added, edited and retired with their rowVersions, the opening hours one weekday at a time and
// the cap, time off that says which booked visits fall in it, and the cancellation policy whose
// version moves on when its wording changes. Toronto, at a fixed moment.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/error.h"
#include "schedule/book_settings_service.h"
#include "schedule/schedule_service.h"
#include "support/environment_override.h"
#include "support/in_memory_practice.h"
#include "support/refusal.h"

namespace knotwork::schedule {
namespace {

using boost::posix_time::hours;
using boost::posix_time::minutes;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

LocalTime at(int year, int month, int day, int hour, int minute = 0)
{
    return localTimeOn(Date(year, month, day), hours(hour) + minutes(minute));
}

OpeningHours stretch(int opens, int closes)
{
    return {hours(opens), hours(closes)};
}

class BookSettings : public ::testing::Test {
protected:
    BookSettings()
        : m_practice(Clock([this] { return m_now; }), "Maya"),
          m_schedule(m_practice.scheduleStore, m_practice.clientService, m_practice.unitOfWork),
          m_settings(m_practice.scheduleStore, m_schedule.clock(), m_practice.unitOfWork)
    {
    }

    Service named(const std::string& name)
    {
        for (const Service& one : m_settings.services())
            if (one.name == name)
                return one;
        throw std::logic_error("no service " + name);
    }

    Appointment bookAt(const LocalTime& start)
    {
        clients::IntakeRecord record;
        record.client.familyName = "Martin";
        record.client.givenNames = "Zoë";
        const Service treatment = named("Treatment, 60 min");
        Appointment visit;
        visit.clientId = m_practice.clientService.saveIntake(record);
        visit.serviceId = treatment.id;
        visit.start = start;
        visit.minutes = treatment.minutes;
        visit.bufferMinutes = treatment.bufferMinutes;
        return m_schedule.book(visit, Issues::Accepted);
    }

    testing::TimeZoneOverride m_toronto{"America/Toronto"};
    Timestamp m_now = utcOfLocal(at(2026, 11, 20, 9));
    testing::InMemoryPractice m_practice;
    ScheduleService m_schedule;
    BookSettingsService m_settings;
};

TEST_F(BookSettings, AServiceIsAddedEditedAndRetiredWhileItsVisitsKeepIt)
{
    Service massage;
    massage.name = "Hot stone, 75 min";
    massage.minutes = 75;
    massage.bufferMinutes = 20;
    massage.feeCents = 12000;
    const Service added = m_settings.addService(massage);
    EXPECT_TRUE(added.offered);
    EXPECT_EQ(named("Hot stone, 75 min").minutes, 75);

    Service longer = added;
    longer.minutes = 90;
    const Service edited = m_settings.editService(longer);
    EXPECT_EQ(named("Hot stone, 75 min").minutes, 90);

    const Service retired = m_settings.retireService(added.id, edited.rowVersion);
    EXPECT_FALSE(retired.offered);
    EXPECT_EQ(named("Hot stone, 75 min").id, added.id);
    EXPECT_EQ(testing::refusal([&] { m_settings.retireService(added.id, retired.rowVersion); })->rule(), "retired");
}

TEST_F(BookSettings, AServiceEditedFromAStaleCopyChangesNothing)
{
    const Service opened = named("Treatment, 60 min");
    Service first = opened;
    first.feeCents = 9500;
    m_settings.editService(first);
    Service second = opened;
    second.name = "Massage, 60 min";

    EXPECT_THROW(m_settings.editService(second), ConflictError);
    EXPECT_EQ(named("Treatment, 60 min").feeCents, 9500);
    EXPECT_THROW(m_settings.retireService(opened.id, opened.rowVersion), ConflictError);
}

TEST_F(BookSettings, AServiceWithBadValuesIsRefusedNamingEachField)
{
    Service bad;
    bad.name = "";
    bad.minutes = 2;
    bad.bufferMinutes = 200;
    bad.feeCents = -1;
    const std::size_t before = m_settings.services().size();

    EXPECT_THAT(testing::problemsOf([&] { m_settings.addService(bad); }),
                ElementsAre("name: required", "minutes: range", "buffer_minutes: range", "fee_cents: range"));
    EXPECT_EQ(m_settings.services().size(), before);
    EXPECT_THROW(m_settings.retireService(999, 1), NotFoundError);
}

TEST_F(BookSettings, OneWeekdaysHoursChangeAndTheRestOfTheWeekStays)
{
    const WorkingWeek before = m_settings.workingWeek();
    m_settings.setOpeningHours(2, {stretch(9, 12), stretch(13, 18)});
    m_settings.setOpeningHours(5, {});

    const WorkingWeek week = m_settings.workingWeek();
    EXPECT_THAT(week.days[2], ElementsAre(stretch(9, 12), stretch(13, 18)));
    EXPECT_THAT(week.days[5], IsEmpty());
    EXPECT_EQ(week.days[1], before.days[1]);
}

TEST_F(BookSettings, HoursThatOverlapOrRunBackwardsAreRefusedAndNothingChanges)
{
    const WorkingWeek before = m_settings.workingWeek();

    EXPECT_THAT(testing::problemsOf([&] { m_settings.setOpeningHours(3, {stretch(9, 13), stretch(12, 17)}); }),
                ElementsAre("wednesday[1].opens: in-order"));
    EXPECT_THAT(testing::problemsOf([&] { m_settings.setOpeningHours(3, {stretch(17, 9)}); }),
                ElementsAre("wednesday[0].closes: after-opens"));
    EXPECT_EQ(testing::refusal([&] { m_settings.setOpeningHours(7, {}); })->field(), "weekday");
    EXPECT_EQ(m_settings.workingWeek(), before);
}

TEST_F(BookSettings, TheDailyCapIsSetClearedAndKeptWithinOneToTwenty)
{
    EXPECT_EQ(m_settings.setDailyCap(6).dailyCap, 6);
    EXPECT_THAT(testing::problemsOf([&] { m_settings.setDailyCap(21); }), ElementsAre("daily_cap: range"));
    EXPECT_EQ(m_settings.workingWeek().dailyCap, 6);
    EXPECT_EQ(m_settings.setDailyCap(std::nullopt).dailyCap, std::nullopt);
}

TEST_F(BookSettings, TimeOffSaysWhichBookedVisitsFallInIt)
{
    const Appointment monday = bookAt(at(2026, 11, 23, 10));
    const Appointment tuesdayMorning = bookAt(at(2026, 11, 24, 9));
    const Appointment tuesdayAfternoon = bookAt(at(2026, 11, 24, 15));
    m_schedule.cancel(monday.id, monday.rowVersion, CancelledBy::Client, "Flu");

    const TimeOffAdded course = m_settings.addTimeOff(timeOffDays(Date(2026, 11, 23), Date(2026, 11, 23), "Course"));
    EXPECT_THAT(course.bookedVisits, IsEmpty());  // the cancelled visit holds no time

    TimeOff morning;
    morning.from = at(2026, 11, 24, 9, 30);
    morning.to = at(2026, 11, 24, 12);
    morning.reason = "Dentist";
    const TimeOffAdded dentist = m_settings.addTimeOff(morning);
    ASSERT_EQ(dentist.bookedVisits.size(), 1u);
    EXPECT_EQ(dentist.bookedVisits[0].id, tuesdayMorning.id);
    EXPECT_NE(tuesdayAfternoon.id, tuesdayMorning.id);

    const std::vector<TimeOff> listed = m_settings.timeOffFrom(Date(2026, 11, 20));
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[0].reason, "Course");
    EXPECT_EQ(listed[0].to, at(2026, 11, 24, 0));
    m_settings.removeTimeOff(course.timeOff.id);
    EXPECT_EQ(m_settings.timeOffFrom(Date(2026, 11, 20)).size(), 1u);
    EXPECT_THROW(m_settings.removeTimeOff(course.timeOff.id), NotFoundError);
}

TEST_F(BookSettings, TimeOffThatEndsBeforeItBeginsIsRefused)
{
    TimeOff backwards;
    backwards.from = at(2026, 12, 1, 12);
    backwards.to = at(2026, 12, 1, 9);

    EXPECT_THAT(testing::problemsOf([&] { m_settings.addTimeOff(backwards); }), ElementsAre("to: after-from"));
    EXPECT_THAT(m_settings.timeOffFrom(Date(2026, 11, 20)), IsEmpty());
}

TEST_F(BookSettings, ThePolicysVersionMovesOnOnlyWhenItsWordingChanges)
{
    CancellationPolicy policy;
    policy.text = "Please give 24 hours' notice.";
    policy.lateWindowHours = 24;
    EXPECT_EQ(m_settings.setCancellationPolicy(policy).version, "2026-1");

    policy.lateFeeCents = 4000;
    EXPECT_EQ(m_settings.setCancellationPolicy(policy).version, "2026-1");

    policy.text = "Please give 48 hours' notice.";
    policy.lateWindowHours = 48;
    const CancellationPolicy saved = m_settings.setCancellationPolicy(policy);
    EXPECT_EQ(saved.version, "2026-2");
    EXPECT_EQ(saved.lateFeeCents, 4000);
}

TEST_F(BookSettings, APolicyWithAnImpossibleWindowIsRefusedAndTheOldOneStays)
{
    CancellationPolicy policy;
    policy.text = "24 hours, please.";
    m_settings.setCancellationPolicy(policy);
    policy.lateWindowHours = 200;
    policy.noShowFeeCents = 2'000'000;

    EXPECT_THAT(testing::problemsOf([&] { m_settings.setCancellationPolicy(policy); }),
                ElementsAre("late_window_hours: range", "no_show_fee_cents: range"));
    EXPECT_EQ(m_settings.cancellationPolicy().lateWindowHours, 24);
}

TEST(PolicyVersion, CountsWithinTheYearAndStartsAgainInANewOneOrAfterAnotherForm)
{
    EXPECT_EQ(nextPolicyVersion("", Date(2026, 3, 1)), "2026-1");
    EXPECT_EQ(nextPolicyVersion("2026-9", Date(2026, 3, 1)), "2026-10");
    EXPECT_EQ(nextPolicyVersion("2026-9", Date(2027, 1, 1)), "2027-1");
    EXPECT_EQ(nextPolicyVersion("v3", Date(2026, 3, 1)), "2026-1");
    EXPECT_EQ(nextPolicyVersion("2026-2b", Date(2026, 3, 1)), "2026-1");
}

} // namespace
} // namespace knotwork::schedule
