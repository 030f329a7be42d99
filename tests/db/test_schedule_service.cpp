// ScheduleService over the SQL stores on a fresh practice (a file, and on the test server), where
// the UnitOfWork is a real transaction: a use case that writes several visits and is refused
// halfway leaves the book as it was. The service's rules run on the in-memory stores in
// tests/schedule/test_schedule_service.cpp.
#include <gtest/gtest.h>

#include "app/practice/practice_context.h"
#include "common/error.h"
#include "db/practice_opener.h"
#include "schedule/schedule_service.h"
#include "sessions/session_service.h"
#include "practice_on_backend.h"

namespace knotwork::db {
namespace {

using namespace knotwork::schedule;
using boost::posix_time::hours;

LocalTime tenOn(const Date& day)
{
    return localTimeOn(day, hours(10));
}

class BookOverSql : public backends::OnBothBackends {
protected:

    // Weekly on Mondays at 10:00 from 23 November.
    std::vector<Appointment> bookWeekly(int visits)
    {
        clients::IntakeRecord record;
        record.client.familyName = "Martin";
        record.client.givenNames = "Zoë";
        SeriesRequest request;
        request.visit.clientId = m_context.clientService().saveIntake(record);
        request.visit.serviceId = m_book.book().services().front().id;
        request.phases = {plans::FrequencyPhase{}};
        request.phases.front().everyWeeks = 1;
        request.phases.front().visits = visits;
        request.first = tenOn(Date(2026, 11, 23));
        const SeriesId series = m_book.bookSeries(m_book.previewSeries(request), request.visit, Issues::Refused);
        return m_book.book().appointmentsInSeries(series);
    }

    app::PracticeContext m_context{*m_database, "Maya", Clock::stoppedOn(Date(2026, 11, 20))};
    ScheduleService& m_book = m_context.scheduleService();
};

TEST_P(BookOverSql, TheServicesTheFeaturesReceiveIncludeTheBook)
{
    EXPECT_EQ(m_context.services().find<ScheduleService>(), &m_book);
}

TEST_P(BookOverSql, ASeriesIsBookedWholeInOneAction)
{
    const std::vector<Appointment> booked = bookWeekly(4);
    ASSERT_EQ(booked.size(), 4U);
    for (const Appointment& one : booked)
        EXPECT_EQ(one.seriesId, booked.front().seriesId);
}

TEST_P(BookOverSql, ARespacingRefusedHalfwayUndoesTheMovesAlreadyMade)
{
    const std::vector<Appointment> booked = bookWeekly(6);
    plans::FrequencyPhase fortnightly;
    fortnightly.everyWeeks = 2;
    fortnightly.visits = 2;
    const plans::FrequencyPhase weekly{1, std::nullopt, 6};
    const RespacePreview preview = m_book.previewRespace(*booked.front().seriesId, {weekly, fortnightly}, 1, 0);
    ASSERT_EQ(preview.respacing.noLongerNeeded.size(), 4U);
    ASSERT_EQ(preview.respacing.visits.at(1).moves, booked[1].id);
    ASSERT_EQ(preview.respacing.visits.at(1).booked, tenOn(Date(2026, 12, 7))) << "a move comes before the refusal";

    // Meanwhile the last visit, one the re-spacing would cancel, was moved an hour later.
    const Appointment last = booked.back();
    m_book.move(last.id, last.rowVersion, last.start + hours(1), last.minutes, Issues::Accepted);

    EXPECT_THROW(m_book.applyRespace(preview, "Plan moved to every two weeks"), ConflictError);
    const std::vector<Appointment> after = m_book.book().appointmentsInSeries(*booked.front().seriesId);
    ASSERT_EQ(after.size(), 6U);
    EXPECT_EQ(after[1].start, tenOn(Date(2026, 11, 30))) << "the second visit's move was rolled back";
    for (const Appointment& one : after)
        EXPECT_EQ(one.status, AppointmentStatus::Booked);
}

TEST_P(BookOverSql, MovingTheRestOfASeriesIsOneAction)
{
    const std::vector<Appointment> booked = bookWeekly(3);
    const std::vector<Appointment> moved =
        m_book.moveRest(booked[1].id, booked[1].rowVersion, tenOn(Date(2026, 12, 1)), Issues::Refused);
    ASSERT_EQ(moved.size(), 2U);
    EXPECT_EQ(m_book.book().findAppointment(booked[2].id)->start, tenOn(Date(2026, 12, 8)));
}

TEST_P(BookOverSql, StartingTheNoteOfAVisitThatCannotBeCompletedLeavesNoNoteBehind)
{
    const Appointment visit = bookWeekly(1).front();
    sessions::SessionService& notes = m_context.sessionService();
    const auto openNote = [&](const NoteStart& start) {
        return notes.openVisitNote(visit.clientId, start.visitDate, start.visitTime).id;
    };
    // Another window moved the visit meanwhile: the note it would have started is not kept.
    const Appointment moved = m_book.move(visit.id, visit.rowVersion, visit.start + hours(1), visit.minutes,
                                          Issues::Accepted);
    EXPECT_THROW(m_book.startNote(visit.id, moved.rowVersion + 1, openNote), ConflictError);
    EXPECT_FALSE(notes.notes().draftOf(visit.clientId));

    // Refused after the note was written (a stand-in for a write that fails): both undone.
    EXPECT_THROW(m_book.startNote(moved.id, moved.rowVersion,
                                  [&](const NoteStart& start) -> long long {
                                      openNote(start);
                                      throw ConflictError("the visit changed");
                                  }),
                 ConflictError);
    EXPECT_FALSE(notes.notes().draftOf(visit.clientId));
    EXPECT_EQ(m_book.visit(visit.id).status, AppointmentStatus::Booked);

    const Appointment completed = m_book.startNote(moved.id, moved.rowVersion, openNote);
    EXPECT_EQ(completed.status, AppointmentStatus::Completed);
    EXPECT_EQ(completed.noteId, notes.notes().draftOf(visit.clientId));
}

KNOTWORK_ON_BOTH_BACKENDS(BookOverSql);

} // namespace
} // namespace knotwork::db
