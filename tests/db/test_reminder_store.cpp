// The reminders' settings and log over SQL: the settings kept (never a password) and audited,
// an attempt logged once per visit and start with its retries counted, a sent reminder final
// (the store says so, the database refuses changing it), the log in the practice export and in
// the client's own archive, and a deleted client's reminders gone with their visits.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/practice/practice_export.h"
#include "app/practice/practice_import.h"
#include "common/error.h"
#include "schedule_store_test.h"
#include "support/export_archive.h"

namespace knotwork::db {
namespace {

const Timestamp kFirstTry = Timestamp::fromIso8601("2026-11-23T14:00:00Z");
const Timestamp kSecondTry = Timestamp::fromIso8601("2026-11-23T20:00:00Z");

class Reminders : public Schedule {
protected:
    ReminderStore& m_reminders = m_context.stores().reminders();

    ReminderAttempt attempt(const Appointment& visit, const Timestamp& when, const std::string& failure = "")
    {
        return {visit.id, visit.start, "zoe@example.org", when, failure};
    }

    Appointment booked(ClientId client, const std::string& start)
    {
        Appointment appointment = visit(client, start);
        appointment.id = m_book.addAppointment(appointment);
        return appointment;
    }

    std::vector<ReminderLogEntry> log()
    {
        return m_reminders.remindersBetween(at("2026-01-01T00:00"), at("2028-01-01T00:00"));
    }
};

TEST_P(Reminders, ANewPracticeSendsNoneAndTheSettingsAreKeptAndAudited)
{
    EXPECT_EQ(m_reminders.reminderSettings(), ReminderSettings{}) << "off, port 587 with STARTTLS, the default words";
    const ReminderSettings settings{true,
                                    {"smtp.example.org", 465, "tls", "maya", "maya@example.org", "Maya Côté RMT"},
                                    {"See you {date}", "Hello {first_name}"}};
    m_reminders.setReminderSettings(settings);
    EXPECT_EQ(m_reminders.reminderSettings(), settings);
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE entity = 'reminder_settings'"), "1");
    EXPECT_THROW(sql("UPDATE practice_settings SET smtp_security = 'ssl'"), std::runtime_error);
    EXPECT_THROW(sql("UPDATE practice_settings SET smtp_port = 0"), std::runtime_error);
}

TEST_P(Reminders, AFailureIsRetriedAndCountedUntilSentThenTheReminderIsFinal)
{
    const Appointment visit = booked(addClient("Martin"), "2026-11-24T10:00");
    m_reminders.recordAttempt(attempt(visit, kFirstTry, "Could not reach the mail server 127.0.0.1:2525"));
    ASSERT_EQ(log().size(), 1u);
    EXPECT_FALSE(log()[0].sent());
    EXPECT_EQ(log()[0].attempts, 1);
    EXPECT_EQ(log()[0].failure, "Could not reach the mail server 127.0.0.1:2525");

    m_reminders.recordAttempt(attempt(visit, kSecondTry));
    const std::vector<ReminderLogEntry> entries = log();
    ASSERT_EQ(entries.size(), 1u) << "one row per visit and start";
    EXPECT_EQ(entries[0], (ReminderLogEntry{visit.id, visit.start, "zoe@example.org", 2, kSecondTry, kSecondTry, ""}));

    EXPECT_THROW(m_reminders.recordAttempt(attempt(visit, kSecondTry)), ConflictError) << "never sent twice";
    EXPECT_THROW(sql("UPDATE reminder_log SET sent_at = NULL, failure = 'x'"), std::runtime_error);
    EXPECT_THROW(sql("UPDATE reminder_log SET to_address = 'someone@example.org'"), std::runtime_error);
    EXPECT_EQ(log(), entries);
    EXPECT_EQ(auditActions("reminder", 1), "fail,send");
}

TEST_P(Reminders, TheDatabaseRefusesASentRowWithAFailureOrAFailedOneWithout)
{
    const Appointment visit = booked(addClient("Martin"), "2026-11-24T10:00");
    m_reminders.recordAttempt(attempt(visit, kFirstTry, "refused"));
    EXPECT_THROW(sql("UPDATE reminder_log SET failure = ''"), std::runtime_error);
    EXPECT_THROW(sql("UPDATE reminder_log SET sent_at = '2026-11-23T15:00:00Z'"), std::runtime_error);
    EXPECT_THROW(sql("INSERT INTO reminder_log (appointment_id, starts_at, to_address, attempts, last_attempt_at, "
                     "sent_at, failure) VALUES (" + std::to_string(visit.id) + ", '2026-11-24T10:00', 'a@b.c', 1, "
                     "'2026-11-23T15:00:00Z', NULL, 'again')"),
                 std::runtime_error)
        << "one row per visit and start";
}

TEST_P(Reminders, AMovedVisitIsRemindedAgainForItsNewStart)
{
    Appointment visit = booked(addClient("Martin"), "2026-11-24T10:00");
    m_reminders.recordAttempt(attempt(visit, kFirstTry));
    visit.start = at("2026-11-25T10:00");
    m_reminders.recordAttempt(attempt(visit, kSecondTry));
    EXPECT_EQ(log().size(), 2u);
}

TEST_P(Reminders, TheLogTravelsInTheExportsAndGoesWithADeletedClientsVisits)
{
    const ClientId zoe =
        m_context.stores().clients().saveIntake(knotwork::testing::newClient("Martin", "Zoë"), std::nullopt, {});
    const ClientId an = addClient("Nguyễn");
    const Appointment hers = booked(zoe, "2026-11-24T10:00"), his = booked(an, "2026-11-24T11:00");
    m_reminders.recordAttempt(attempt(hers, kFirstTry));
    m_reminders.recordAttempt(attempt(his, kFirstTry, "refused"));

    app::exportPractice(m_context, m_dir / "practice.zip", {});
    app::importPractice(m_dir / "practice.zip", "", m_dir / "imported.sqlite", "");
    {
        app::PracticeContext imported(m_dir / "imported.sqlite", OpenMode::ExistingOnly, "Maya",
                                      Clock::stoppedOn(kScheduleToday));
        EXPECT_EQ(imported.stores().reminders().remindersBetween(at("2026-01-01T00:00"), at("2028-01-01T00:00")), log());
    }

    app::exportClientRecord(m_context, zoe, m_dir / "zoe.zip", {});
    knotwork::testing::ExportEntries entries = app::readZip(m_dir / "zoe.zip", "");
    const auto rows = knotwork::testing::exportJson(entries, "tables/reminder_log.json");
    ASSERT_EQ(rows.size(), 1u) << "Zoë's reminder, not An's";
    EXPECT_EQ(rows[0]["appointment_id"], hers.id);
    int audited = 0;
    for (const auto& row : knotwork::testing::exportJson(entries, "tables/audit_log.json"))
        audited += row["entity"] == "reminder";
    EXPECT_EQ(audited, 1);

    m_context.stores().clients().remove(zoe, m_context.stores().clients().chart(zoe).client.rowVersion);
    ASSERT_EQ(log().size(), 1u);
    EXPECT_EQ(log()[0].appointmentId, his.id);
}

KNOTWORK_ON_BOTH_BACKENDS(Reminders);

} // namespace
} // namespace knotwork::db
