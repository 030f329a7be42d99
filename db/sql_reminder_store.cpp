#include "db/sql_reminder_store.h"

#include <utility>
#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "common/error.h"
#include "common/i18n.h"
#include "db/record_damage.h"
#include "db/row_reader.h"
#include "db/storage_errors.h"
#include "db/write_transaction.h"

namespace knotwork::db {

using namespace knotwork::schedule;

namespace {

constexpr const char* kReminderLogRecord = N_("reminder log entry {}");
constexpr const char* kLogColumns = "id, appointment_id, starts_at, to_address, attempts, last_attempt_at, sent_at, failure";

ReminderLogEntry readLogRow(const soci::row& row)
{
    RowReader read(row);
    ReminderLogEntry entry;
    readRecord(kReminderLogRecord, read.integer("id"), [&] {
        entry.appointmentId = read.integer("appointment_id");
        entry.start = parseIsoLocalTime(read.text("starts_at"), "starts_at");
        entry.toAddress = read.text("to_address");
        entry.attempts = static_cast<int>(read.integer("attempts"));
        entry.lastAttemptAt = read.timestamp("last_attempt_at");
        if (const std::optional<std::string> sentAt = read.optionalText("sent_at"))
            entry.sentAt = Timestamp::fromIso8601(*sentAt, "sent_at");
        entry.failure = read.text("failure");
    });
    return entry;
}

nlohmann::json auditJson(const ReminderLogEntry& entry)
{
    return {{"appointment_id", entry.appointmentId},
            {"starts_at", isoLocalTime(entry.start)},
            {"to_address", entry.toAddress},
            {"attempts", entry.attempts},
            {"last_attempt_at", entry.lastAttemptAt.iso8601()},
            {"sent_at", entry.sentAt ? nlohmann::json(entry.sentAt->iso8601()) : nlohmann::json()},
            {"failure", entry.failure}};
}

nlohmann::json auditJson(const ReminderSettings& settings)
{
    const MailAccount& account = settings.account;
    return {{"enabled", settings.enabled},
            {"smtp_host", account.host},
            {"smtp_port", account.port},
            {"smtp_security", account.security},
            {"smtp_username", account.username},
            {"smtp_from_address", account.fromAddress},
            {"smtp_from_name", account.fromName},
            {"subject", settings.message.subject},
            {"body", settings.message.body}};
}

} // namespace

SqlReminderStore::SqlReminderStore(Database& database, std::string actor)
    : m_database(database), m_actor(std::move(actor))
{
}

ReminderSettings SqlReminderStore::reminderSettings()
{
    try {
        soci::row row;
        m_database.session() << "SELECT reminders_enabled, smtp_host, smtp_port, smtp_security, smtp_username, "
                                "smtp_from_address, smtp_from_name, reminder_subject, reminder_body "
                                "FROM practice_settings WHERE id = 1",
            soci::into(row);
        RowReader read(row);
        ReminderSettings settings;
        readRecord(kPracticeSettings, 1, [&] {
            settings.enabled = read.flag("reminders_enabled");
            settings.account.host = read.text("smtp_host");
            settings.account.port = static_cast<int>(read.integer("smtp_port"));
            settings.account.security = read.text("smtp_security");
            settings.account.username = read.text("smtp_username");
            settings.account.fromAddress = read.text("smtp_from_address");
            settings.account.fromName = read.text("smtp_from_name");
            settings.message.subject = read.text("reminder_subject");
            settings.message.body = read.text("reminder_body");
        });
        return settings;
    } catch (...) {
        rethrowAsStorageError(_("reading the reminders' settings"));
    }
}

void SqlReminderStore::setReminderSettings(const ReminderSettings& settings)
{
    try {
        const ReminderSettings before = reminderSettings();
        const int enabled = settings.enabled ? 1 : 0;
        const MailAccount& account = settings.account;
        WriteTransaction transaction(m_database, m_actor);
        transaction.session() << "UPDATE practice_settings SET reminders_enabled = :enabled, smtp_host = :host, "
                                 "smtp_port = :port, smtp_security = :security, smtp_username = :username, "
                                 "smtp_from_address = :from_address, smtp_from_name = :from_name, "
                                 "reminder_subject = :subject, reminder_body = :body WHERE id = 1",
            soci::use(enabled), soci::use(account.host), soci::use(account.port), soci::use(account.security),
            soci::use(account.username), soci::use(account.fromAddress), soci::use(account.fromName),
            soci::use(settings.message.subject), soci::use(settings.message.body);
        transaction.audit({"reminder_settings", "1", "update", auditJson(before).dump(), auditJson(settings).dump()});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("saving the reminders' settings"));
    }
}

std::vector<ReminderLogEntry> SqlReminderStore::remindersBetween(const LocalTime& from, const LocalTime& to)
{
    try {
        const std::string first = isoLocalTime(from), last = isoLocalTime(to);
        std::vector<ReminderLogEntry> entries;
        soci::row row;
        soci::statement select = (m_database.session().prepare
                                      << std::string("SELECT ") + kLogColumns
                                             + " FROM reminder_log WHERE starts_at >= :from_time AND starts_at < :to_time"
                                               " ORDER BY starts_at, id",
                                  soci::use(first), soci::use(last), soci::into(row));
        select.execute(false);
        while (select.fetch())
            entries.push_back(readLogRow(row));
        return entries;
    } catch (...) {
        rethrowAsStorageError(_("reading the reminders log"));
    }
}

void SqlReminderStore::recordAttempt(const ReminderAttempt& attempt)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        soci::session& session = transaction.session();
        const std::string start = isoLocalTime(attempt.start);
        std::optional<ReminderLogEntry> before;
        long long id = 0;
        {
            soci::row row;
            soci::statement select = (session.prepare << std::string("SELECT ") + kLogColumns
                                                             + " FROM reminder_log WHERE appointment_id = :appointment"
                                                               " AND starts_at = :starts_at",
                                      soci::use(attempt.appointmentId), soci::use(start), soci::into(row));
            select.execute(false);
            if (select.fetch()) {
                before = readLogRow(row);
                id = RowReader(row).integer("id");
            }
        }
        if (before && before->sent())
            throw ConflictError(formatMessage(_("The reminder of appointment {} was already sent on {}."),
                                              attempt.appointmentId, before->sentAt->iso8601()));
        ReminderLogEntry after{attempt.appointmentId, attempt.start, attempt.toAddress,
                               before ? before->attempts + 1 : 1, attempt.at, std::nullopt, attempt.failure};
        if (attempt.failure.empty())
            after.sentAt = attempt.at;
        Nullable<std::string> sentAt(after.sentAt ? std::optional<std::string>(after.sentAt->iso8601())
                                                        : std::nullopt);
        const std::string at = attempt.at.iso8601();
        if (before) {
            session << "UPDATE reminder_log SET to_address = :to_address, attempts = :attempts, "
                       "last_attempt_at = :at, sent_at = :sent_at, failure = :failure WHERE id = :id",
                soci::use(after.toAddress), soci::use(after.attempts), soci::use(at),
                soci::use(sentAt.value, sentAt.indicator), soci::use(after.failure), soci::use(id);
        } else {
            session << "INSERT INTO reminder_log (appointment_id, starts_at, to_address, attempts, last_attempt_at, "
                       "sent_at, failure) VALUES (:appointment, :starts_at, :to_address, :attempts, :at, :sent_at, "
                       ":failure)",
                soci::use(after.appointmentId), soci::use(start), soci::use(after.toAddress),
                soci::use(after.attempts), soci::use(at), soci::use(sentAt.value, sentAt.indicator),
                soci::use(after.failure);
            id = insertedId(session, "reminder_log");
        }
        transaction.audit({"reminder", std::to_string(id), after.sent() ? "send" : "fail",
                           before ? std::optional<std::string>(auditJson(*before).dump()) : std::nullopt,
                           auditJson(after).dump()});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("recording the reminder"));
    }
}

} // namespace knotwork::db
