// ScheduleService's use cases over in-memory stores (support/in_memory_practice.h): the safety
// gate and the issues said before saving, cancellations by the policy's window, no-shows and
// attendance, completing a visit with its note, a plan's series booked, re-spaced, moved and
// cancelled together, and the waitlist a freed time can serve. Toronto, so notice meets a real
// daylight-saving change. That a series' several writes roll back together over SQL is tested in
// tests/db/test_schedule_service_sql.cpp.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "schedule_book_fixture.h"

namespace knotwork::schedule {
namespace {

using boost::posix_time::hours;
using boost::posix_time::minutes;
using clients::SafetyIssue;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST_F(Book, AClientWithAnOpenRedFlagIsBookedOnlyForAReferralVisit)
{
    const ClientId client = addClient("Zoë", {SafetyIssue::ClusterHeadache});
    Appointment massage = visit(client, at(2026, 11, 23, 10));

    EXPECT_TRUE(m_service.planBooking(massage).referralOnlyRequired);
    EXPECT_EQ(fieldOf([&] { m_service.book(massage, Issues::Accepted); }), "referral_only referral-only-required");
    EXPECT_TRUE(m_practice.scheduleStore.appointmentsOf(client).empty());

    massage.referralOnly = true;
    const Appointment booked = m_service.book(massage, Issues::Refused);
    EXPECT_TRUE(booked.referralOnly);
    EXPECT_EQ(booked.status, AppointmentStatus::Booked);
}

TEST_F(Book, AClearedClientIsBookedNormallyWithTheirPrecautionsShown)
{
    const ClientId client = addClient("Zoë", {SafetyIssue::ClusterHeadache}, {clients::HealthFlag::Osteoporosis});
    clients::Clearance clearance;
    clearance.providerName = "Dr Amara Okafor";
    clearance.clearedOn = Date(2026, 11, 19);
    m_practice.clientService.recordClearance(client, clearance, std::nullopt);

    const BookingPlan plan = m_service.planBooking(visit(client, at(2026, 11, 23, 10)));
    EXPECT_FALSE(plan.referralOnlyRequired);
    EXPECT_THAT(plan.precautions, HasSubstr("Osteoporosis"));
    EXPECT_EQ(m_service.book(visit(client, at(2026, 11, 23, 10)), Issues::Refused).status, AppointmentStatus::Booked);
}

TEST_F(Book, AnArchivedClientIsNotBooked)
{
    const ClientId client = addClient("Ada");
    m_practice.clientService.archive(client, "Moved away");
    EXPECT_EQ(fieldOf([&] { m_service.book(visit(client, at(2026, 11, 23, 10)), Issues::Accepted); }),
              "client_id archived");
    EXPECT_TRUE(m_practice.scheduleStore.appointmentsOf(client).empty());
}

TEST_F(Book, IssuesAreSaidBeforeSavingAndBookedOnlyWhenAccepted)
{
    const ClientId first = addClient("Ada");
    const ClientId second = addClient("Bo");
    const Appointment booked = m_service.book(visit(first, at(2026, 11, 23, 10)), Issues::Refused);

    const Appointment clash = visit(second, at(2026, 11, 23, 10, 30));
    EXPECT_THAT(m_service.planBooking(clash).issues,
                ElementsAre(BookingIssue{BookingIssueKind::Overlap, booked.id, ""}));
    EXPECT_EQ(fieldOf([&] { m_service.book(clash, Issues::Refused); }), "start booking-issues");
    EXPECT_TRUE(m_practice.scheduleStore.appointmentsOf(second).empty());
    EXPECT_EQ(m_service.book(clash, Issues::Accepted).start, at(2026, 11, 23, 10, 30));
}

TEST_F(Book, AMoveIsCheckedButNeverAgainstTheVisitItself)
{
    const ClientId client = addClient("Ada");
    const Appointment booked = m_service.book(visit(client, at(2026, 11, 23, 10)), Issues::Refused);
    EXPECT_TRUE(m_service.previewMove(booked.id, at(2026, 11, 23, 10, 30), 60).issues.empty());
    const LocalTime pastClosing = at(2026, 11, 23, 16, 30);
    EXPECT_EQ(fieldOf([&] { m_service.move(booked.id, booked.rowVersion, pastClosing, 60, Issues::Refused); }),
              "start booking-issues");

    const Appointment moved = m_service.move(booked.id, booked.rowVersion, at(2026, 11, 24, 14), 90, Issues::Refused);
    EXPECT_EQ(moved.start, at(2026, 11, 24, 14));
    EXPECT_EQ(moved.minutes, 90);
    EXPECT_THROW(m_service.move(booked.id, booked.rowVersion, at(2026, 11, 25, 14), 60, Issues::Refused),
                 ConflictError);
    EXPECT_EQ(m_practice.scheduleStore.findAppointment(booked.id)->start, at(2026, 11, 24, 14));
}

TEST_F(Book, AClientsCancellationInsideTheWindowIsLateAndOutsideItIsNot)
{
    const ClientId client = addClient("Ada");
    const Appointment early = m_service.book(visit(client, at(2026, 11, 25, 10)), Issues::Refused);
    const Appointment late = m_service.book(visit(client, at(2026, 11, 25, 14)), Issues::Refused);
    nowAt(at(2026, 11, 24, 9));  // 25 hours before the first, 29 before the second
    EXPECT_EQ(m_service.cancel(early.id, early.rowVersion, CancelledBy::Client, "Flu").status,
              AppointmentStatus::Cancelled);
    nowAt(at(2026, 11, 24, 15));  // 23 hours before
    const Appointment cancelled = m_service.cancel(late.id, late.rowVersion, CancelledBy::Client, "Work");
    EXPECT_EQ(cancelled.status, AppointmentStatus::LateCancelled);
    EXPECT_EQ(cancelled.cancellation->by, CancelledBy::Client);
    EXPECT_EQ(cancelled.cancellation->at, m_now);
    EXPECT_EQ(cancelled.cancellation->reason, "Work");
}

TEST_F(Book, ATherapistsCancellationIsNeverLate)
{
    const ClientId client = addClient("Ada");
    const Appointment booked = m_service.book(visit(client, at(2026, 11, 25, 10)), Issues::Refused);
    nowAt(at(2026, 11, 25, 9));
    EXPECT_EQ(m_service.cancel(booked.id, booked.rowVersion, CancelledBy::Therapist, "Therapist ill").status,
              AppointmentStatus::Cancelled);
}

TEST_F(Book, NoticeIsRealTimeAcrossTheClocksGoingBack)
{
    CancellationPolicy policy;
    policy.lateWindowHours = 48;
    m_practice.scheduleStore.setCancellationPolicy(policy);
    nowAt(at(2026, 10, 30, 9));
    const ClientId client = addClient("Ada");
    const Appointment first = m_service.book(visit(client, at(2026, 11, 2, 10)), Issues::Refused);
    const Appointment second = m_service.book(visit(client, at(2026, 11, 2, 14)), Issues::Refused);

    // 47½ hours on the wall clock, but 48½ hours really pass: the clocks go back on 1 November.
    nowAt(at(2026, 10, 31, 10, 30));
    EXPECT_EQ(m_service.cancel(first.id, first.rowVersion, CancelledBy::Client, "Away").status,
              AppointmentStatus::Cancelled);
    // 51½ on the wall, 52½ real: not late either; then 46½ on the wall, 47½ real: late.
    nowAt(at(2026, 10, 31, 15, 30));
    EXPECT_EQ(m_service.cancel(second.id, second.rowVersion, CancelledBy::Client, "Away").status,
              AppointmentStatus::LateCancelled);
}

TEST_F(Book, ANoShowComesOnlyAfterTheStartAndAttendanceCountsEachOutcome)
{
    const ClientId client = addClient("Ada");
    const Appointment done = m_service.book(visit(client, at(2026, 11, 23, 9)), Issues::Refused);
    const Appointment missed = m_service.book(visit(client, at(2026, 11, 23, 11)), Issues::Refused);
    const Appointment called = m_service.book(visit(client, at(2026, 11, 24, 11)), Issues::Refused);
    const Appointment late = m_service.book(visit(client, at(2026, 11, 25, 11)), Issues::Refused);
    const Appointment coming = m_service.book(visit(client, at(2026, 11, 26, 11)), Issues::Refused);
    const Appointment nextMonth = m_service.book(visit(client, at(2026, 12, 1, 11)), Issues::Refused);

    m_service.cancel(called.id, called.rowVersion, CancelledBy::Client, "Holiday");  // days ahead
    nowAt(at(2026, 11, 23, 10, 59));
    EXPECT_EQ(fieldOf([&] { m_service.markNoShow(missed.id, missed.rowVersion); }), "status not-started");
    nowAt(at(2026, 11, 23, 11, 20));
    const Appointment noShow = m_service.markNoShow(missed.id, missed.rowVersion);
    EXPECT_EQ(noShow.status, AppointmentStatus::NoShow);
    const NoteStart start = noteStartOf(done);
    m_service.complete(done.id, done.rowVersion,
                       m_practice.sessionService.openNote(client, start.visitDate, start.visitTime).id);
    nowAt(at(2026, 11, 25, 8));
    m_service.cancel(late.id, late.rowVersion, CancelledBy::Client, "Sick");
    nowAt(at(2026, 11, 26, 8));
    m_service.cancel(nextMonth.id, nextMonth.rowVersion, CancelledBy::Client, "Moving");
    EXPECT_EQ(m_practice.scheduleStore.findAppointment(coming.id)->status, AppointmentStatus::Booked);

    EXPECT_EQ(m_service.attendance(client, Date(2026, 11, 1), Date(2026, 11, 30)),
              (Attendance{.completed = 1, .cancelled = 1, .lateCancelled = 1, .noShows = 1}));
    EXPECT_EQ(m_service.attendance(client, Date(2026, 11, 1), Date(2026, 12, 31)).cancelled, 2);
    EXPECT_EQ(fieldOf([&] { m_service.markArrived(noShow.id, noShow.rowVersion); }), "status wrong-status");
}

TEST_F(Book, CompletingAVisitLinksTheNoteStartedFromIt)
{
    const ClientId client = addClient("Ada");
    const Appointment booked = m_service.book(visit(client, at(2026, 11, 23, 10, 30)), Issues::Refused);
    nowAt(at(2026, 11, 23, 10, 25));
    const Appointment arrived = m_service.markArrived(booked.id, booked.rowVersion);
    EXPECT_EQ(arrived.status, AppointmentStatus::Arrived);

    const NoteStart start = noteStartOf(arrived);
    EXPECT_EQ(start.visitDate, Date(2026, 11, 23));
    EXPECT_EQ(start.visitTime, hours(10) + minutes(30));
    const sessions::SoapNote note = m_practice.sessionService.openNote(client, start.visitDate, start.visitTime);
    EXPECT_EQ(note.visitTime, hours(10) + minutes(30));

    const Appointment completed = m_service.complete(arrived.id, arrived.rowVersion, note.id);
    EXPECT_EQ(completed.status, AppointmentStatus::Completed);
    EXPECT_EQ(completed.noteId, note.id);
    EXPECT_EQ(m_practice.scheduleStore.findAppointment(booked.id)->noteId, note.id);
}

TEST_F(Book, StartNoteCompletesTheVisitWithANoteOfItsDayAndTime)
{
    const ClientId client = addClient("Ada");
    const Appointment booked = m_service.book(visit(client, at(2026, 11, 23, 10, 30)), Issues::Refused);
    nowAt(at(2026, 11, 23, 10, 25));
    const auto openVisitNote = [&](const NoteStart& start) {
        return m_practice.sessionService.openVisitNote(client, start.visitDate, start.visitTime).id;
    };

    const Appointment completed = m_service.startNote(booked.id, booked.rowVersion, openVisitNote);
    EXPECT_EQ(completed.status, AppointmentStatus::Completed);
    const sessions::SoapNote note = m_practice.sessionService.note(*completed.noteId);
    EXPECT_EQ(note.visitDate, Date(2026, 11, 23));
    EXPECT_EQ(note.visitTime, hours(10) + minutes(30));
    EXPECT_EQ(m_service.startNote(completed.id, completed.rowVersion, openVisitNote).noteId, completed.noteId)
        << "starting again opens the same note";
}

TEST_F(Book, StartNoteRefusesWhileTheClientsNoteOfAnotherDayIsUnsigned)
{
    const ClientId client = addClient("Ada");
    const sessions::SoapNote earlier = m_practice.sessionService.openNote(client, Date(2026, 11, 16), std::nullopt);
    const Appointment booked = m_service.book(visit(client, at(2026, 11, 23, 10, 30)), Issues::Refused);
    nowAt(at(2026, 11, 23, 10, 25));

    EXPECT_EQ(fieldOf([&] {
                  m_service.startNote(booked.id, booked.rowVersion, [&](const NoteStart& start) {
                      return m_practice.sessionService.openVisitNote(client, start.visitDate, start.visitTime).id;
                  });
              }),
              "visit_date draft-of-another-day");
    EXPECT_EQ(m_practice.scheduleStore.findAppointment(booked.id)->status, AppointmentStatus::Booked);
    EXPECT_EQ(m_practice.sessionStore.draftOf(client), earlier.id);
}

TEST_F(Book, StartNoteIsRefusedForACancelledVisitBeforeAnyNoteIsStarted)
{
    const ClientId client = addClient("Ada");
    const Appointment booked = m_service.book(visit(client, at(2026, 11, 23, 10, 30)), Issues::Refused);
    const Appointment cancelled = m_service.cancel(booked.id, booked.rowVersion, CancelledBy::Client, "Unwell");
    bool noteOpened = false;
    EXPECT_EQ(fieldOf([&] {
                  m_service.startNote(cancelled.id, cancelled.rowVersion, [&](const NoteStart&) {
                      noteOpened = true;
                      return 1LL;
                  });
              }),
              "status wrong-status");
    EXPECT_FALSE(noteOpened);
}

class Series : public Book {
protected:
    // Weekly on Mondays at 10:00 from 23 November.
    SeriesRequest weekly(ClientId client, int visits)
    {
        SeriesRequest request;
        request.visit = visit(client, at(2026, 11, 23, 10));
        request.phases = {every(1, visits)};
        request.first = at(2026, 11, 23, 10);
        return request;
    }

    std::vector<Appointment> bookWeekly(ClientId client, int visits)
    {
        const SeriesRequest request = weekly(client, visits);
        const SeriesId series = m_service.bookSeries(m_service.previewSeries(request), request.visit, Issues::Refused);
        return m_practice.scheduleStore.appointmentsInSeries(series);
    }

    static std::vector<LocalTime> startsOf(const std::vector<Appointment>& visits)
    {
        std::vector<LocalTime> starts;
        for (const Appointment& one : visits)
            starts.push_back(one.start);
        return starts;
    }
};

TEST_F(Series, TheConfirmedProposalsAreBookedAsOneSeries)
{
    const ClientId client = addClient("Ada");
    const std::vector<Appointment> booked = bookWeekly(client, 4);
    EXPECT_THAT(startsOf(booked), ElementsAre(at(2026, 11, 23, 10), at(2026, 11, 30, 10), at(2026, 12, 7, 10),
                                              at(2026, 12, 14, 10)));
    for (const Appointment& one : booked)
        EXPECT_EQ(one.status, AppointmentStatus::Booked);
}

TEST_F(Series, AVisitRefusedHalfwayLeavesNoneOfTheSeriesBooked)
{
    const ClientId client = addClient("Ada");
    const ClientId other = addClient("Bo");
    const SeriesRequest request = weekly(client, 4);
    std::vector<ProposedVisit> proposals = m_service.previewSeries(request);
    ASSERT_EQ(proposals.size(), 4U);

    // Meanwhile the third Monday was given to someone else.
    m_service.book(visit(other, at(2026, 12, 7, 10)), Issues::Refused);
    EXPECT_EQ(fieldOf([&] { m_service.bookSeries(proposals, request.visit, Issues::Refused); }),
              "start booking-issues");
    EXPECT_TRUE(m_practice.scheduleStore.appointmentsOf(client).empty());

    // A time no practice could mean, third of four.
    proposals[2].booked = at(2030, 12, 7, 10);
    EXPECT_EQ(fieldOf([&] { m_service.bookSeries(proposals, request.visit, Issues::Accepted); }), "start date-range");
    EXPECT_TRUE(m_practice.scheduleStore.appointmentsOf(client).empty());
}

TEST_F(Series, TwoProposalsOfTheSameSeriesThatMeetAreAnIssue)
{
    const ClientId client = addClient("Ada");
    const SeriesRequest request = weekly(client, 2);
    std::vector<ProposedVisit> proposals = m_service.previewSeries(request);
    proposals[1].booked = at(2026, 11, 23, 10, 30);
    EXPECT_EQ(fieldOf([&] { m_service.bookSeries(proposals, request.visit, Issues::Refused); }),
              "start booking-issues");
    EXPECT_TRUE(m_practice.scheduleStore.appointmentsOf(client).empty());
}

TEST_F(Series, BookingAPlanAgainProposesOnlyTheVisitsItHasNotBooked)
{
    const ClientId client = addClient("Ada");
    SeriesRequest request = weekly(client, 3);
    request.visit.planId = 5;
    request.phases = {every(1, 3), every(2, 2)};
    const SeriesId series = m_service.bookSeries(m_service.previewSeries(request), request.visit, Issues::Refused);
    const std::vector<Appointment> booked = m_practice.scheduleStore.appointmentsInSeries(series);
    ASSERT_THAT(startsOf(booked), ElementsAre(at(2026, 11, 23, 10), at(2026, 11, 30, 10), at(2026, 12, 7, 10),
                                              at(2026, 12, 21, 10), at(2027, 1, 4, 10)));
    EXPECT_TRUE(m_service.previewSeries(request).empty()) << "every visit of the plan is booked";
    EXPECT_EQ(fieldOf([&] { m_service.bookSeries(m_service.previewSeries(request), request.visit, Issues::Refused); }),
              "series no-visits");
    EXPECT_EQ(m_practice.scheduleStore.appointmentsOf(client).size(), 5U) << "nothing booked twice";

    // The last visit called off: booking the plan again proposes that one visit, in the rhythm.
    m_service.cancel(booked[4].id, booked[4].rowVersion, CancelledBy::Therapist, "Away");
    const std::vector<ProposedVisit> again = m_service.previewSeries(request);
    ASSERT_EQ(again.size(), 1U);
    EXPECT_EQ(again[0].asked, at(2027, 1, 4, 10));
    EXPECT_EQ(again[0].phase, 1);

    // Visits booked for another plan, or for none, do not count.
    request.visit.planId = 6;
    EXPECT_EQ(m_service.previewSeries(request).size(), 5U);
}

TEST_F(Series, MovingToTheNextPhaseRespacesTheRestAndCancelsWhatItNoLongerNeeds)
{
    const ClientId client = addClient("Ada");
    const std::vector<Appointment> booked = bookWeekly(client, 6);
    const RespacePreview preview =
        m_service.previewRespace(*booked.front().seriesId, {every(1, 6), every(2, 2)}, 1, 0);
    ASSERT_EQ(preview.remaining.size(), 6U);
    EXPECT_EQ(preview.respacing.visits.size(), 2U);
    EXPECT_EQ(preview.respacing.noLongerNeeded.size(), 4U);
    EXPECT_EQ(m_practice.scheduleStore.findAppointment(booked[1].id)->start, at(2026, 11, 30, 10))
        << "a preview changes nothing";

    m_service.applyRespace(preview, "Plan moved to every two weeks");
    const std::vector<Appointment> after = m_practice.scheduleStore.appointmentsInSeries(*booked.front().seriesId);
    std::vector<LocalTime> kept;
    int cancelled = 0;
    for (const Appointment& one : after) {
        if (one.status == AppointmentStatus::Booked)
            kept.push_back(one.start);
        if (one.status == AppointmentStatus::Cancelled) {
            ++cancelled;
            EXPECT_EQ(one.cancellation->by, CancelledBy::Therapist);
        }
    }
    EXPECT_THAT(kept, ElementsAre(at(2026, 11, 23, 10), at(2026, 12, 7, 10)));
    EXPECT_EQ(cancelled, 4);
    EXPECT_THROW(m_service.applyRespace(preview, "Again"), ConflictError) << "the preview is stale now";
}

TEST_F(Series, TheRestOfASeriesMovesTogetherFromTheVisitChosen)
{
    const ClientId client = addClient("Ada");
    const std::vector<Appointment> booked = bookWeekly(client, 4);
    // From the second Monday on, Thursdays at 14:00.
    const std::vector<SeriesChange> preview = m_service.previewMoveRest(booked[1].id, at(2026, 12, 3, 14));
    ASSERT_EQ(preview.size(), 3U);
    for (const SeriesChange& change : preview)
        EXPECT_TRUE(change.issues.empty());

    m_service.moveRest(booked[1].id, booked[1].rowVersion, at(2026, 12, 3, 14), Issues::Refused);
    EXPECT_THAT(startsOf(m_practice.scheduleStore.appointmentsInSeries(*booked[0].seriesId)),
                ElementsAre(at(2026, 11, 23, 10), at(2026, 12, 3, 14), at(2026, 12, 10, 14), at(2026, 12, 17, 14)));
}

TEST_F(Series, CancellingTheRestLeavesEarlierVisitsBooked)
{
    const ClientId client = addClient("Ada");
    const std::vector<Appointment> booked = bookWeekly(client, 4);
    const std::vector<Appointment> cancelled =
        m_service.cancelRest(booked[2].id, booked[2].rowVersion, CancelledBy::Therapist, "Course");
    EXPECT_EQ(cancelled.size(), 2U);
    EXPECT_THAT(statusesOf(client), ElementsAre(AppointmentStatus::Booked, AppointmentStatus::Booked,
                                                AppointmentStatus::Cancelled, AppointmentStatus::Cancelled));
    const Appointment single = m_service.book(visit(client, at(2027, 1, 4, 10)), Issues::Refused);
    EXPECT_EQ(fieldOf([&] { m_service.cancelRest(single.id, single.rowVersion, CancelledBy::Client, "Moving"); }),
              "series not-in-series");
}

TEST_F(Book, AFreedTimeOffersTheOldestWaitlistEntriesItCanServe)
{
    const ClientId client = addClient("Ada");
    const Appointment freed = m_service.book(visit(client, at(2026, 11, 25, 10)), Issues::Refused);
    auto wait = [&](const std::string& given, const std::string& serviceName, const Date& from,
                    std::optional<Date> until, std::optional<ClientId> who = std::nullopt) {
        WaitlistEntry entry;
        entry.clientId = who ? *who : addClient(given);
        entry.serviceId = service(serviceName).id;
        entry.from = from;
        entry.until = until;
        entry.addedAt = m_now;
        const WaitlistId id = m_practice.scheduleStore.addToWaitlist(entry);
        m_now = Timestamp(m_now.utc() + minutes(5));
        return id;
    };
    const WaitlistId oldest = wait("Bo", "Treatment, 60 min", Date(2026, 11, 20), std::nullopt);
    wait("Cy", "Treatment, 90 min", Date(2026, 11, 20), std::nullopt);               // too long
    wait("Di", "Treatment, 30 min", Date(2026, 11, 20), Date(2026, 11, 24));         // ends the day before
    wait("Ed", "Treatment, 30 min", Date(2026, 11, 26), std::nullopt);               // starts the day after
    wait("", "Treatment, 30 min", Date(2026, 11, 20), std::nullopt, client);        // the client who cancelled
    const WaitlistId newer = wait("Fay", "Treatment, 30 min", Date(2026, 11, 25), Date(2026, 11, 25));

    m_service.cancel(freed.id, freed.rowVersion, CancelledBy::Client, "Flu");
    std::vector<WaitlistId> offered;
    for (const WaitlistEntry& entry : m_service.waitlistFor(freed.id))
        offered.push_back(entry.id);
    EXPECT_THAT(offered, ElementsAre(oldest, newer));
}

} // namespace
} // namespace knotwork::schedule
