// Which visits the day-before run reminds: the clock's tomorrow in local days, whatever the hour
// of the run, across a month's end and both daylight-saving changes (Toronto); only booked
// visits of clients with an email address, and never one already sent for that start.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "schedule/reminder_due.h"
#include "support/booked_visit.h"
#include "support/environment_override.h"

namespace knotwork::schedule {
namespace {

using boost::posix_time::hours;
using boost::posix_time::minutes;
using knotwork::testing::bookedVisit;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

LocalTime at(int year, int month, int day, int hour, int minute = 0)
{
    return localTimeOn(Date(year, month, day), hours(hour) + minutes(minute));
}

Date reminderDayAt(const char* utcMoment)
{
    return reminderDay(Clock::stoppedAt(Timestamp::fromIso8601(utcMoment)));
}

clients::Client client(ClientId id, const std::string& givenNames, const std::string& email)
{
    clients::Client person;
    person.id = id;
    person.familyName = "Côté";
    person.givenNames = givenNames;
    person.email = email;
    return person;
}

std::vector<AppointmentId> idsOf(const std::vector<DueReminder>& due)
{
    std::vector<AppointmentId> ids;
    for (const DueReminder& reminder : due)
        ids.push_back(reminder.visit.id);
    return ids;
}

class DueReminders : public ::testing::Test {
protected:
    std::vector<DueReminder> due(const Date& day, const std::vector<ReminderLogEntry>& log = {})
    {
        return dueReminders(day, m_visits, m_clients, log, m_practice);
    }

    testing::TimeZoneOverride m_toronto{"America/Toronto"};
    std::map<ClientId, clients::Client> m_clients{{7, client(7, "Marie-Hélène", "mh@example.org")},
                                                  {8, client(8, "Paul", "paul@example.org")}};
    std::vector<Appointment> m_visits;
    ReminderFacts m_practice{"", "Harbourside Massage", "416-555-0100", 48};
};

TEST(ReminderDay, IsTheClocksTomorrowWhetherTheRunIsEarlyOrLate)
{
    testing::TimeZoneOverride toronto("America/Toronto");
    EXPECT_EQ(reminderDayAt("2026-11-25T12:00:00Z"), Date(2026, 11, 26)) << "7 am in Toronto";
    EXPECT_EQ(reminderDayAt("2026-11-26T04:00:00Z"), Date(2026, 11, 26)) << "11 pm in Toronto, still the 25th";
    EXPECT_EQ(reminderDayAt("2026-11-26T05:30:00Z"), Date(2026, 11, 27)) << "12:30 am: the 26th has begun";
}

TEST(ReminderDay, CrossesAMonthsAndAYearsEnd)
{
    testing::TimeZoneOverride toronto("America/Toronto");
    EXPECT_EQ(reminderDayAt("2027-01-01T04:30:00Z"), Date(2027, 1, 1)) << "11:30 pm on December 31";
    EXPECT_EQ(reminderDayAt("2026-03-01T03:00:00Z"), Date(2026, 3, 1)) << "10 pm on February 28";
    EXPECT_EQ(reminderDayAt("2028-02-29T03:00:00Z"), Date(2028, 2, 29)) << "10 pm on February 28 of a leap year";
}

TEST(ReminderDay, FollowsTheWallAcrossDaylightSavingChanges)
{
    testing::TimeZoneOverride toronto("America/Toronto");
    // The clocks spring forward at 2 am on Sunday March 8, 2026: 11:30 pm on Saturday is 04:30 UTC.
    EXPECT_EQ(reminderDayAt("2026-03-08T04:30:00Z"), Date(2026, 3, 8));
    EXPECT_EQ(reminderDayAt("2026-03-08T07:30:00Z"), Date(2026, 3, 9)) << "3:30 am EDT on the 8th";
    // They fall back at 2 am on Sunday November 1, 2026, the day after October's end: 11:30 pm EDT
    // on October 31 is 03:30 UTC; 1:30 am comes twice on November 1, both times the 1st.
    EXPECT_EQ(reminderDayAt("2026-11-01T03:30:00Z"), Date(2026, 11, 1));
    EXPECT_EQ(reminderDayAt("2026-11-01T05:30:00Z"), Date(2026, 11, 2)) << "1:30 am EDT";
    EXPECT_EQ(reminderDayAt("2026-11-01T06:30:00Z"), Date(2026, 11, 2)) << "1:30 am EST";
}

TEST_F(DueReminders, AreTheBookedVisitsOfThatDayOnlyInStartOrder)
{
    m_visits = {bookedVisit(at(2026, 11, 1, 15), 60, 15, 3, 7), bookedVisit(at(2026, 11, 1, 0, 30), 60, 15, 2, 8),
                bookedVisit(at(2026, 10, 31, 23, 30), 60, 15, 1, 7), bookedVisit(at(2026, 11, 2, 0, 0), 60, 15, 4, 8)};
    EXPECT_THAT(idsOf(due(Date(2026, 11, 1))), ElementsAre(2, 3)) << "the fall-back Sunday after October's end";
    EXPECT_THAT(idsOf(due(Date(2026, 10, 31))), ElementsAre(1));
}

TEST_F(DueReminders, LeaveOutCancelledMissedAndUnderWayVisits)
{
    for (const AppointmentStatus status : {AppointmentStatus::Cancelled, AppointmentStatus::LateCancelled,
                                           AppointmentStatus::NoShow, AppointmentStatus::Arrived,
                                           AppointmentStatus::Completed}) {
        Appointment visit = bookedVisit(at(2026, 3, 8, 10), 60, 15, 1, 7);
        visit.status = status;
        m_visits = {visit};
        EXPECT_THAT(due(Date(2026, 3, 8)), IsEmpty());
    }
}

TEST_F(DueReminders, LeaveOutClientsWithoutAnEmailAddress)
{
    m_clients.at(8).email.clear();
    m_visits = {bookedVisit(at(2026, 3, 8, 9), 60, 15, 1, 8), bookedVisit(at(2026, 3, 8, 10), 60, 15, 2, 7)};
    EXPECT_THAT(idsOf(due(Date(2026, 3, 8))), ElementsAre(2));
}

TEST_F(DueReminders, LeaveOutAReminderSentButRetryAFailedOneAndRemindAMovedVisitAgain)
{
    m_visits = {bookedVisit(at(2026, 3, 8, 9), 60, 15, 1, 8), bookedVisit(at(2026, 3, 8, 10), 60, 15, 2, 7),
                bookedVisit(at(2026, 3, 8, 11), 60, 15, 3, 7)};
    const Timestamp sentAt = Timestamp::fromIso8601("2026-03-07T14:00:00Z");
    const std::vector<ReminderLogEntry> log{
        {1, at(2026, 3, 8, 9), "paul@example.org", 1, sentAt, sentAt, ""},
        {2, at(2026, 3, 8, 10), "mh@example.org", 2, sentAt, std::nullopt, "Could not reach the mail server"},
        {3, at(2026, 3, 9, 11), "mh@example.org", 1, sentAt, sentAt, ""},  // before it moved a day earlier
    };
    EXPECT_THAT(idsOf(due(Date(2026, 3, 8), log)), ElementsAre(2, 3));
}

TEST_F(DueReminders, SayOnlyTheFirstNameAndThePracticesDetails)
{
    m_clients.at(8).preferredName = "Paulo";
    Appointment visit = bookedVisit(at(2026, 3, 8, 9), 60, 15, 1, 8);
    visit.notes = "Left shoulder: avoid deep work";
    m_visits = {visit, bookedVisit(at(2026, 3, 8, 10), 60, 15, 2, 7)};
    const std::vector<DueReminder> reminders = due(Date(2026, 3, 8));

    ASSERT_EQ(reminders.size(), 2U);
    EXPECT_EQ(reminders[0].toAddress, "paul@example.org");
    EXPECT_EQ(reminders[0].facts.firstName, "Paulo") << "the preferred name";
    EXPECT_EQ(reminders[1].facts.firstName, "Marie-Hélène");
    EXPECT_EQ(reminders[1].facts.practiceName, "Harbourside Massage");
    EXPECT_EQ(reminders[1].facts.practicePhone, "416-555-0100");
    EXPECT_EQ(reminders[1].facts.cancellationPolicyHours, 48);
    const ReminderText text = renderReminder(defaultReminderTemplate(), reminders[0].visit, reminders[0].facts);
    EXPECT_EQ(text.body.find("shoulder"), std::string::npos) << "the visit's notes never reach the email";
}

TEST(ReminderTemplateInUse, IsTheTherapistsWithEachEmptyPartTheDefaults)
{
    ReminderSettings settings;
    EXPECT_EQ(effectiveTemplate(settings), defaultReminderTemplate());
    settings.message.subject = "See you {date}";
    EXPECT_EQ(effectiveTemplate(settings).subject, "See you {date}");
    EXPECT_EQ(effectiveTemplate(settings).body, defaultReminderTemplate().body);
}

} // namespace
} // namespace knotwork::schedule
