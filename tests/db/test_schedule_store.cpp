// The appointment book over SQL on a fresh practice (a file, and on the test server): what a new
// practice starts with, every field of a visit kept, the day and week, client and series lists, a
// series saved whole or not at all, stale and missing records, services, the working week and
// policy, time off and the waitlist. What the database refuses and the book in archives:
// test_schedule_store_archive.cpp.
#include <algorithm>
#include <tuple>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "common/error.h"
#include "schedule_store_test.h"
#include "support/diagnosed_client.h"
#include "support/signed_visit.h"

namespace knotwork::db {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST_P(Schedule, ANewPracticeOffersTheUsualServicesOnWeekdaysNineToFive)
{
    std::vector<std::tuple<ServiceKind, std::string, int, int, long long, bool>> services;
    for (const Service& service : m_book.services())
        services.emplace_back(service.kind, service.name, service.minutes, service.bufferMinutes, service.feeCents,
                              service.offered);
    EXPECT_THAT(services, ElementsAre(std::tuple(ServiceKind::InitialAssessment, "Initial assessment", 90, 15, 0, true),
                                      std::tuple(ServiceKind::Treatment, "Treatment, 30 min", 30, 15, 0, true),
                                      std::tuple(ServiceKind::Treatment, "Treatment, 45 min", 45, 15, 0, true),
                                      std::tuple(ServiceKind::Treatment, "Treatment, 60 min", 60, 15, 0, true),
                                      std::tuple(ServiceKind::Treatment, "Treatment, 90 min", 90, 15, 0, true),
                                      std::tuple(ServiceKind::FollowUp, "Follow-up", 30, 15, 0, true)));

    const WorkingWeek week = m_book.workingWeek();
    const std::vector<OpeningHours> nineToFive{{boost::posix_time::hours(9), boost::posix_time::hours(17)}};
    EXPECT_TRUE(week.days[0].empty()) << "Sunday is closed";
    for (int weekday = 1; weekday <= 5; ++weekday)
        EXPECT_EQ(week.days[static_cast<std::size_t>(weekday)], nineToFive) << weekday;
    EXPECT_TRUE(week.days[6].empty()) << "Saturday is closed";
    EXPECT_FALSE(week.dailyCap);

    EXPECT_EQ(m_book.cancellationPolicy(), CancellationPolicy{}) << "no policy text yet, a 24-hour window, no fees";
    EXPECT_TRUE(m_book.waitlist().empty());
}

TEST_P(Schedule, AnAppointmentKeepsEveryFieldAndItsChangesAreAudited)
{
    const ClientId client = knotwork::testing::diagnosedClient(m_context.clientService(),
                                                               {clients::HeadacheType::TensionType});
    const sessions::NoteId note = knotwork::testing::signVisit(m_context.sessionService(), client, kScheduleToday, 8);
    const plans::PlanId plan =
        m_context.planService().addPlan(m_context.planService().planFromTemplate(client, -1, kScheduleToday).plan);

    Appointment booked = visit(client, "2026-11-23T10:30", 45);
    booked.serviceId = serviceNamed("Treatment, 45 min");
    booked.bufferMinutes = 20;
    booked.planId = plan;
    booked.referralOnly = true;
    booked.notes = "Parking at the back; «stairs» hurt";
    booked.id = m_book.addAppointment(booked);

    Appointment stored = *m_book.findAppointment(booked.id);
    EXPECT_EQ(stored.rowVersion, 1);
    ASSERT_TRUE(stored.createdAt && stored.updatedAt);
    booked.rowVersion = 1;
    booked.createdAt = stored.createdAt;
    booked.updatedAt = stored.updatedAt;
    EXPECT_EQ(stored, booked);

    stored.status = AppointmentStatus::LateCancelled;
    stored.cancellation = Cancellation{CancelledBy::Client, Timestamp::fromIso8601("2026-11-23T01:15:00Z"),
                                       "Migraine since last night"};
    stored.noteId = note;
    stored.referralOnly = false;
    EXPECT_EQ(m_book.updateAppointment(stored), 2);
    Appointment again = *m_book.findAppointment(booked.id);
    EXPECT_EQ(again.rowVersion, 2);
    stored.rowVersion = 2;
    stored.updatedAt = again.updatedAt;
    EXPECT_EQ(again, stored);

    EXPECT_EQ(sql("SELECT status || '|' || cancelled_by || '|' || cancelled_at FROM appointments"),
              "late_cancelled|client|2026-11-23T01:15:00Z")
        << "choices are stored by their keys";
    EXPECT_EQ(auditActions("appointment", booked.id), "create,update");
}

TEST_P(Schedule, ADayOrAWeekHoldsTheVisitsStartingInsideItInOrder)
{
    const ClientId zoe = addClient("Martin"), an = addClient("Nguyễn");
    const AppointmentId late = m_book.addAppointment(visit(zoe, "2026-11-24T16:00"));
    const AppointmentId early = m_book.addAppointment(visit(an, "2026-11-24T09:00"));
    const AppointmentId midnight = m_book.addAppointment(visit(an, "2026-11-25T00:00"));
    const AppointmentId dayBefore = m_book.addAppointment(visit(zoe, "2026-11-23T23:30"));
    const AppointmentId noon = m_book.addAppointment(visit(zoe, "2026-11-24T12:00"));

    EXPECT_THAT(ids(m_book.appointmentsBetween(at("2026-11-24T00:00"), at("2026-11-25T00:00"))),
                ElementsAre(early, noon, late))
        << "from is inside the day, to is not";
    EXPECT_THAT(ids(m_book.appointmentsBetween(at("2026-11-23T00:00"), at("2026-11-30T00:00"))),
                ElementsAre(dayBefore, early, noon, late, midnight));
    EXPECT_TRUE(m_book.appointmentsBetween(at("2026-11-26T00:00"), at("2026-11-27T00:00")).empty());

    EXPECT_THAT(ids(m_book.appointmentsOf(zoe)), ElementsAre(dayBefore, noon, late));
    EXPECT_THAT(ids(m_book.appointmentsOf(an)), ElementsAre(early, midnight));

    // The range query can read the start index, not the whole table. (PostgreSQL reads a table
    // this small whole whatever its indexes: it is asked to use an index wherever one serves.)
    const std::string range = "SELECT id FROM appointments WHERE starts_at >= '2026-11-24T00:00' AND starts_at < "
                              "'2026-11-25T00:00' ORDER BY starts_at, id";
    std::string plan;
    soci::row step;
    if (m_practice.onServer())
        m_database->session() << "SET enable_seqscan = off";
    soci::statement explain =
        (m_database->session().prepare << (m_practice.onServer() ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + range,
         soci::into(step));
    explain.execute(false);
    while (explain.fetch())
        plan += step.get<std::string>(m_practice.onServer() ? 0 : 3) + "\n";
    EXPECT_THAT(plan, HasSubstr("appointments_by_start"));
}

TEST_P(Schedule, ASeriesIsSavedWholeUnderOneNewSeriesId)
{
    const ClientId zoe = addClient("Martin");
    const std::vector<Appointment> weekly{visit(zoe, "2026-12-07T10:00"), visit(zoe, "2026-11-30T10:00"),
                                          visit(zoe, "2026-12-14T10:00")};
    const SeriesId first = m_book.addSeries(weekly);
    const std::vector<Appointment> series = m_book.appointmentsInSeries(first);
    ASSERT_EQ(series.size(), 3u);
    EXPECT_EQ(series[0].start, at("2026-11-30T10:00")) << "in start order";
    EXPECT_EQ(series[2].start, at("2026-12-14T10:00"));
    for (const Appointment& appointment : series)
        EXPECT_EQ(appointment.seriesId, first);

    const SeriesId second = m_book.addSeries(std::vector<Appointment>{visit(zoe, "2027-01-04T10:00")});
    EXPECT_NE(second, first);
    EXPECT_EQ(m_book.appointmentsInSeries(second).size(), 1u);
    EXPECT_EQ(m_book.appointmentsInSeries(first).size(), 3u);
    EXPECT_TRUE(m_book.appointmentsInSeries(second + 1).empty());
}

TEST_P(Schedule, ASeriesThatFailsHalfwayLeavesNoneOfItsVisits)
{
    const ClientId zoe = addClient("Martin");
    std::vector<Appointment> series{visit(zoe, "2026-11-30T10:00"), visit(zoe, "2026-12-07T10:00"),
                                    visit(zoe, "2026-12-14T10:00")};
    series[2].serviceId = 999;  // gone
    EXPECT_THROW(m_book.addSeries(series), NotFoundError);
    series[2] = visit(zoe, "2026-12-14T10:00");
    series[2].minutes = 0;  // the database refuses it after two rows were written
    EXPECT_THROW(m_book.addSeries(series), StorageError);
    EXPECT_TRUE(m_book.appointmentsOf(zoe).empty());
    EXPECT_EQ(sql("SELECT COUNT(*) FROM audit_log WHERE entity = 'appointment'"), "0");
}

// The demo's years of visits are imported many to a statement: every visit comes back as given,
// in order, under one audit row, and one the database refuses, even in the last statement, leaves
// none of them.
TEST_P(Schedule, AnImportKeepsEveryVisitInOrderOrNoneOfThem)
{
    const ClientId zoe = addClient("Martin");
    std::vector<Appointment> visits;
    for (int day = 0; day < 123; ++day) {
        Appointment& booked =
            visits.emplace_back(visit(zoe, isoDate(kScheduleToday - boost::gregorian::days(day + 1)) + "T10:00", 30 + day));
        if (day % 7 == 3) {
            booked.status = AppointmentStatus::Cancelled;
            booked.cancellation = Cancellation{CancelledBy::Therapist, Timestamp::fromIso8601("2026-01-02T03:04:05Z"),
                                               "Ill «again»"};
        }
        booked.notes = day % 2 == 0 ? "" : "Visit " + std::to_string(day);
    }
    visits.back().minutes = 0;  // refused by the database
    EXPECT_THROW(m_book.importAppointments(visits), StorageError);
    EXPECT_TRUE(m_book.appointmentsOf(zoe).empty());
    visits.back().minutes = 60;
    m_book.importAppointments(visits);

    std::vector<Appointment> stored = m_book.appointmentsOf(zoe);
    ASSERT_EQ(stored.size(), visits.size());
    std::reverse(stored.begin(), stored.end());  // the book lists them by start, the import went back in time
    // Numbered in the order given. A file gives the refused import's ids again; PostgreSQL never
    // gives back what a rolled-back transaction drew from a sequence.
    const AppointmentId first = stored.front().id;
    EXPECT_EQ(first, m_practice.onServer() ? static_cast<AppointmentId>(visits.size() + 1) : 1);
    for (std::size_t i = 0; i < visits.size(); ++i) {
        Appointment expected = visits[i];
        expected.id = first + static_cast<AppointmentId>(i);
        expected.rowVersion = 1;
        expected.createdAt = stored[i].createdAt;
        expected.updatedAt = stored[i].createdAt;
        EXPECT_EQ(stored[i], expected) << i;
    }
    EXPECT_EQ(sql("SELECT action || ' ' || after_state FROM audit_log WHERE entity = 'appointment'"),
              "import {\"count\":123}");
}

TEST_P(Schedule, AStaleVersionIsAConflictThatChangesNothing)
{
    const ClientId zoe = addClient("Martin");
    Appointment appointment = visit(zoe, "2026-11-24T10:00");
    appointment.id = m_book.addAppointment(appointment);
    appointment.rowVersion = 1;
    Appointment moved = appointment;
    moved.start = at("2026-11-25T10:00");
    EXPECT_EQ(m_book.updateAppointment(moved), 2);
    Appointment stale = appointment;  // opened before the move
    stale.notes = "overwrites the move";
    EXPECT_THROW(m_book.updateAppointment(stale), ConflictError);
    const Appointment stored = *m_book.findAppointment(appointment.id);
    EXPECT_EQ(stored.start, at("2026-11-25T10:00"));
    EXPECT_EQ(stored.notes, "");
    EXPECT_EQ(stored.rowVersion, 2);

    Service service = m_book.services().front();
    service.feeCents = 12000;
    EXPECT_EQ(m_book.updateService(service), 2);
    service.name = "Assessment";
    EXPECT_THROW(m_book.updateService(service), ConflictError);
    EXPECT_EQ(m_book.services().front().name, "Initial assessment");
    EXPECT_EQ(m_book.services().front().feeCents, 12000);
}

TEST_P(Schedule, MissingRecordsAreNotFound)
{
    const ClientId zoe = addClient("Martin");
    EXPECT_FALSE(m_book.findAppointment(4242));
    Appointment ghost = visit(zoe, "2026-11-24T10:00");
    ghost.id = 4242;
    ghost.rowVersion = 1;
    EXPECT_THROW(m_book.updateAppointment(ghost), NotFoundError);
    EXPECT_THROW(m_book.addAppointment(visit(zoe + 100, "2026-11-24T10:00")), NotFoundError) << "no such client";
    Appointment noService = visit(zoe, "2026-11-24T10:00");
    noService.serviceId = 999;
    EXPECT_THROW(m_book.addAppointment(noService), NotFoundError);
    Appointment noPlan = visit(zoe, "2026-11-24T10:00");
    noPlan.planId = 77;
    EXPECT_THROW(m_book.addAppointment(noPlan), NotFoundError);
    Service gone;
    gone.id = 999;
    gone.name = "Gone";
    gone.rowVersion = 1;
    EXPECT_THROW(m_book.updateService(gone), NotFoundError);
    EXPECT_THROW(m_book.removeTimeOff(31), NotFoundError);
    EXPECT_THROW(m_book.closeWaitlistEntry(31, Timestamp::fromIso8601("2026-11-23T10:00:00Z")), NotFoundError);
    EXPECT_TRUE(m_book.appointmentsOf(zoe).empty());
}

TEST_P(Schedule, ServicesAreTheTherapistsToAddAndEdit)
{
    Service hot;
    hot.kind = ServiceKind::Treatment;
    hot.name = "Treatment with hot stones, 75 min";
    hot.minutes = 75;
    hot.bufferMinutes = 30;
    hot.feeCents = 13500;
    hot.id = m_book.addService(hot);
    hot.rowVersion = 1;
    EXPECT_EQ(m_book.services().back(), hot);
    hot.offered = false;
    hot.rowVersion = m_book.updateService(hot);
    EXPECT_EQ(m_book.services().back(), hot);
    EXPECT_EQ(auditActions("service", hot.id), "create,update");
}

TEST_P(Schedule, TheWorkingWeekAndTheCancellationPolicyAreKept)
{
    WorkingWeek week;
    week.days[2] = {{boost::posix_time::hours(9), boost::posix_time::hours(12)},
                    {boost::posix_time::hours(13), boost::posix_time::hours(19) + boost::posix_time::minutes(30)}};
    week.days[6] = {{boost::posix_time::hours(10), boost::posix_time::hours(14)}};
    week.dailyCap = 6;
    m_book.setWorkingWeek(week);
    EXPECT_EQ(m_book.workingWeek(), week);
    week.dailyCap.reset();
    week.days[2].pop_back();
    m_book.setWorkingWeek(week);
    EXPECT_EQ(m_book.workingWeek(), week);

    CancellationPolicy policy;
    policy.text = "Please give 24 hours' notice. Late cancellations and missed visits are charged $40.";
    policy.version = "2026-1";
    policy.lateWindowHours = 48;
    policy.lateFeeCents = 4000;
    policy.noShowFeeCents = 6000;
    m_book.setCancellationPolicy(policy);
    EXPECT_EQ(m_book.cancellationPolicy(), policy);

    // The practice's other settings keep their version: the two are saved on their own.
    const clients::PracticeSettings settings = m_context.clientService().settings();
    EXPECT_NO_THROW(m_context.clientService().saveSettings(settings, std::nullopt));
    EXPECT_EQ(m_book.cancellationPolicy(), policy) << "saving the other settings keeps the policy";
    EXPECT_EQ(m_book.workingWeek(), week);
    EXPECT_EQ(auditActions("working_week", 1), "update,update");
    EXPECT_EQ(auditActions("cancellation_policy", 1), "update");

    policy.lateWindowHours = 200;  // more than a week
    EXPECT_THROW(m_book.setCancellationPolicy(policy), StorageError);
    week.dailyCap = 0;
    EXPECT_THROW(m_book.setWorkingWeek(week), StorageError);
    week.dailyCap.reset();
    week.days[3] = {{boost::posix_time::hours(17), boost::posix_time::hours(9)}};  // closes before it opens
    EXPECT_THROW(m_book.setWorkingWeek(week), StorageError);
    EXPECT_EQ(m_book.workingWeek().days[3], std::vector<OpeningHours>{}) << "the refused week changed nothing";
}

TEST_P(Schedule, TimeOffIsFoundWhereItOverlapsAndCanBeRemoved)
{
    const long long holiday = m_book.addTimeOff({0, at("2026-12-24T00:00"), at("2026-12-27T00:00"), "Holidays"});
    const long long course = m_book.addTimeOff({0, at("2026-12-02T13:00"), at("2026-12-02T17:00"), "Course"});
    const std::vector<TimeOff> december = m_book.timeOffBetween(at("2026-12-01T00:00"), at("2027-01-01T00:00"));
    ASSERT_EQ(december.size(), 2u);
    EXPECT_EQ(december[0], (TimeOff{course, at("2026-12-02T13:00"), at("2026-12-02T17:00"), "Course"}));
    EXPECT_EQ(december[1].id, holiday);
    EXPECT_EQ(m_book.timeOffBetween(at("2026-12-26T12:00"), at("2026-12-29T00:00")).size(), 1u) << "overlapping the end";
    EXPECT_TRUE(m_book.timeOffBetween(at("2026-12-27T00:00"), at("2026-12-28T00:00")).empty()) << "ends before";
    EXPECT_TRUE(m_book.timeOffBetween(at("2026-12-02T09:00"), at("2026-12-02T13:00")).empty()) << "starts after";
    m_book.removeTimeOff(course);
    EXPECT_EQ(m_book.timeOffBetween(at("2026-12-01T00:00"), at("2027-01-01T00:00")).size(), 1u);
    EXPECT_THROW(m_book.addTimeOff({0, at("2026-12-02T17:00"), at("2026-12-02T13:00"), "Backwards"}), StorageError);
}

TEST_P(Schedule, TheWaitlistListsOpenEntriesOldestFirst)
{
    const ClientId zoe = addClient("Martin"), an = addClient("Nguyễn");
    const AppointmentId later = m_book.addAppointment(visit(an, "2026-12-15T10:00"));
    WaitlistEntry first{0, zoe, serviceNamed("Treatment, 60 min"), std::nullopt, Date(2026, 11, 24), std::nullopt,
                        "mornings", Timestamp::fromIso8601("2026-11-20T10:00:00Z"), std::nullopt};
    WaitlistEntry second{0, an, serviceNamed("Treatment, 45 min"), later, Date(2026, 11, 24), Date(2026, 12, 14),
                         "not Wednesdays", Timestamp::fromIso8601("2026-11-21T10:00:00Z"), std::nullopt};
    second.id = m_book.addToWaitlist(second);
    first.id = m_book.addToWaitlist(first);
    EXPECT_THAT(m_book.waitlist(), ElementsAre(first, second));
    m_book.closeWaitlistEntry(first.id, Timestamp::fromIso8601("2026-11-23T09:00:00Z"));
    EXPECT_THAT(m_book.waitlist(), ElementsAre(second));
    EXPECT_THROW(m_book.closeWaitlistEntry(first.id, Timestamp::fromIso8601("2026-11-23T09:00:00Z")), ConflictError);
    WaitlistEntry backwards = first;
    backwards.until = Date(2026, 11, 1);
    EXPECT_THROW(m_book.addToWaitlist(backwards), StorageError);
}

TEST_P(Schedule, TheCalendarIdentifierIsMadeByTheFirstAskAndKeptForGood)
{
    EXPECT_EQ(sql("SELECT COUNT(*) FROM practice_settings WHERE calendar_identifier IS NULL"), "1")
        << "a new practice has none until its first calendar export";
    const std::string identifier = m_book.calendarIdentifier();
    EXPECT_THAT(identifier, ::testing::MatchesRegex("[0-9a-f]{32}"));
    EXPECT_EQ(m_book.calendarIdentifier(), identifier);
    EXPECT_EQ(sql("SELECT calendar_identifier FROM practice_settings"), identifier);
    EXPECT_EQ(auditActions("calendar_identifier", 1), "create");

    // The practice's other settings keep it: it is saved on its own.
    const clients::PracticeSettings settings = m_context.clientService().settings();
    m_context.clientService().saveSettings(settings, std::nullopt);
    EXPECT_EQ(m_book.calendarIdentifier(), identifier);

    // Another practice makes its own.
    const backends::PracticeOn other(GetParam());
    const std::unique_ptr<Database> database = other.open().database;
    app::PracticeContext second(*database, "Maya", Clock::stoppedOn(kScheduleToday));
    EXPECT_NE(second.stores().schedule().calendarIdentifier(), identifier);
}

KNOTWORK_ON_BOTH_BACKENDS(Schedule);

} // namespace
} // namespace knotwork::db
