// The appointment book over SQL, its safeguards: the database refuses what Knotwork never
// writes, damage in a stored visit is named by its record, deleting a client takes their
// bookings along, and the book travels in the practice's export and the client's own archive.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/practice/practice_export.h"
#include "app/practice/practice_import.h"
#include "common/error.h"
#include "db/record_damage.h"
#include "schedule_store_test.h"
#include "support/diagnosed_client.h"
#include "support/export_archive.h"
#include "support/signed_visit.h"

namespace knotwork::db {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class ScheduleSafeguards : public Schedule {};

// PostgreSQL cannot be told to ignore a CHECK: another program drops the appointments' checks.
const std::string kServerChecksDropped =
    "DO $$ DECLARE c name; BEGIN FOR c IN SELECT conname FROM pg_constraint WHERE conrelid = 'appointments'::regclass "
    "AND contype = 'c' LOOP EXECUTE format('ALTER TABLE appointments DROP CONSTRAINT %I', c); END LOOP; END $$; ";

TEST_P(ScheduleSafeguards, TheDatabaseRefusesWhatKnotworkNeverWrites)
{
    const ClientId zoe = addClient("Martin");
    const ClientId an = knotwork::testing::diagnosedClient(m_context.clientService(), {clients::HeadacheType::TensionType});
    const AppointmentId id = m_book.addAppointment(visit(zoe, "2026-11-24T10:00"));
    const std::string where = " WHERE id = " + std::to_string(id);
    EXPECT_THROW(sql("UPDATE appointments SET status = 'postponed'" + where), std::runtime_error);
    EXPECT_THROW(sql("UPDATE appointments SET minutes = -30" + where), std::runtime_error);
    EXPECT_THROW(sql("UPDATE appointments SET buffer_minutes = 121" + where), std::runtime_error);
    EXPECT_THROW(sql("UPDATE appointments SET starts_at = '24/11/2026 10:00'" + where), std::runtime_error);
    EXPECT_THROW(sql("UPDATE appointments SET status = 'cancelled'" + where), std::runtime_error)
        << "a cancellation says by whom and when";
    EXPECT_THROW(sql("UPDATE appointments SET cancelled_by = 'client', cancelled_at = '2026-11-23T10:00:00Z'" + where),
                 std::runtime_error)
        << "a booked visit was not cancelled";
    EXPECT_THROW(sql("UPDATE services SET minutes = 0 WHERE id = 1"), std::runtime_error);
    EXPECT_THROW(sql("UPDATE services SET kind = 'massage' WHERE id = 1"), std::runtime_error);

    const sessions::NoteId note = knotwork::testing::signVisit(m_context.sessionService(), an, kScheduleToday, 8);
    EXPECT_THROW(sql("UPDATE appointments SET note_id = " + std::to_string(note) + where), std::runtime_error)
        << "another client's note";
    EXPECT_EQ(m_book.findAppointment(id)->status, AppointmentStatus::Booked);
}

TEST_P(ScheduleSafeguards, DamageInAStoredVisitIsNamedByItsRecord)
{
    const ClientId zoe = addClient("Martin");
    const AppointmentId id = m_book.addAppointment(visit(zoe, "2026-11-24T10:00"));
    // Written behind Knotwork's back with the schema's checks switched off (dropped, on a server).
    sql((m_practice.onServer() ? kServerChecksDropped : "PRAGMA ignore_check_constraints = ON; ")
        + "UPDATE appointments SET status = 'postponed' WHERE id = " + std::to_string(id));
    try {
        m_book.appointmentsOf(zoe);
        FAIL() << "an unknown status was read as something else";
    } catch (const DamagedRecordError& error) {
        EXPECT_EQ(error.record(), "appointment " + std::to_string(id));
        EXPECT_THAT(error.what(), HasSubstr("\"postponed\""));
    }
    sql("UPDATE appointments SET status = 'booked', starts_at = '2026-13-40T10:00' WHERE id = " + std::to_string(id));
    EXPECT_THROW(m_book.findAppointment(id), DamagedRecordError);
}

TEST_P(ScheduleSafeguards, DeletingAClientWithoutRecordsTakesTheirBookingsAlong)
{
    // Entered by mistake, without a screening: a client who can be deleted.
    const ClientId zoe =
        m_context.stores().clients().saveIntake(knotwork::testing::newClient("Martin", "Zoë"), std::nullopt, {});
    const ClientId an = addClient("Nguyễn");
    const AppointmentId booked = m_book.addAppointment(visit(zoe, "2026-11-24T10:00"));
    m_book.addToWaitlist({0, zoe, serviceNamed("Follow-up"), booked, kScheduleToday, std::nullopt, "",
                          Timestamp::fromIso8601("2026-11-23T10:00:00Z"), std::nullopt});
    const AppointmentId kept = m_book.addAppointment(visit(an, "2026-11-24T12:00"));
    m_context.stores().clients().remove(zoe, m_context.stores().clients().chart(zoe).client.rowVersion);
    EXPECT_FALSE(m_book.findAppointment(booked));
    EXPECT_TRUE(m_book.waitlist().empty());
    EXPECT_TRUE(m_book.findAppointment(kept));
    EXPECT_EQ(auditActions("appointment", booked), "create,delete");
}

TEST_P(ScheduleSafeguards, TheBookTravelsInThePracticeExportAndTheClientsOwnArchive)
{
    const ClientId zoe = addClient("Martin"), an = addClient("Nguyễn");
    Appointment cancelled = visit(zoe, "2026-11-24T10:00");
    cancelled.status = AppointmentStatus::Cancelled;
    cancelled.cancellation = Cancellation{CancelledBy::Therapist, Timestamp::fromIso8601("2026-11-20T15:00:00Z"), "Ill"};
    m_book.addAppointment(cancelled);
    const SeriesId series = m_book.addSeries(std::vector<Appointment>{visit(zoe, "2026-12-01T10:00"),
                                                                      visit(zoe, "2026-12-08T10:00")});
    m_book.addAppointment(visit(an, "2026-11-25T09:00"));
    m_book.addTimeOff({0, at("2026-12-24T00:00"), at("2026-12-27T00:00"), "Holidays"});
    m_book.addToWaitlist({0, an, serviceNamed("Follow-up"), std::nullopt, kScheduleToday, std::nullopt, "afternoons",
                          Timestamp::fromIso8601("2026-11-23T10:00:00Z"), std::nullopt});
    WorkingWeek week = m_book.workingWeek();
    week.dailyCap = 5;
    m_book.setWorkingWeek(week);
    m_book.setCancellationPolicy({"24 hours' notice, please.", "2026-1", 24, 4000, 6000});

    app::exportPractice(m_context, m_dir / "practice.zip", {});
    app::importPractice(m_dir / "practice.zip", "", m_dir / "imported.sqlite", "");
    {
        app::PracticeContext imported(m_dir / "imported.sqlite", OpenMode::ExistingOnly, "Maya", Clock::stoppedOn(kScheduleToday));
        ScheduleStore& book = imported.stores().schedule();
        const LocalTime from = at("2026-01-01T00:00"), to = at("2028-01-01T00:00");
        EXPECT_EQ(book.appointmentsBetween(from, to), m_book.appointmentsBetween(from, to));
        EXPECT_EQ(book.appointmentsInSeries(series).size(), 2u);
        EXPECT_EQ(book.services(), m_book.services());
        EXPECT_EQ(book.timeOffBetween(from, to), m_book.timeOffBetween(from, to));
        EXPECT_EQ(book.waitlist(), m_book.waitlist());
        EXPECT_EQ(book.workingWeek(), week);
        EXPECT_EQ(book.cancellationPolicy(), m_book.cancellationPolicy());
    }

    app::exportClientRecord(m_context, zoe, m_dir / "zoe.zip", {});
    knotwork::testing::ExportEntries entries = app::readZip(m_dir / "zoe.zip", "");
    const auto appointments = knotwork::testing::exportJson(entries, "tables/appointments.json");
    ASSERT_EQ(appointments.size(), 3u) << "Zoë's visits, and not An's";
    for (const auto& row : appointments)
        EXPECT_EQ(row["client_id"], zoe);
    EXPECT_EQ(appointments[0]["status"], "cancelled");
    EXPECT_EQ(appointments[0]["cancel_reason"], "Ill");
    EXPECT_TRUE(knotwork::testing::exportJson(entries, "tables/waitlist.json").empty());
    EXPECT_TRUE(knotwork::testing::exportJson(entries, "tables/time_off.json").empty()) << "the therapist's, not hers";
    EXPECT_EQ(knotwork::testing::exportJson(entries, "tables/services.json").size(), 1u) << "the service she booked";
    int audited = 0;
    for (const auto& row : knotwork::testing::exportJson(entries, "tables/audit_log.json"))
        audited += row["entity"] == "appointment";
    EXPECT_EQ(audited, 3);
}

KNOTWORK_ON_BOTH_BACKENDS(ScheduleSafeguards);

} // namespace
} // namespace knotwork::db
