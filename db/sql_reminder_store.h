#pragma once

#include <string>

#include "db/database.h"
#include "schedule/reminder_store.h"

namespace knotwork::db {

// ReminderStore over SQL (see db/migrations/0012_appointment_book.sql): the settings are columns
// of practice_settings (saved on their own, not changing the settings' row_version), the log is
// the reminder_log table. Every write is audited as entity "reminder_settings" or "reminder".
class SqlReminderStore : public schedule::ReminderStore {
public:
    SqlReminderStore(Database& database, std::string actor);

    schedule::ReminderSettings reminderSettings() override;
    void setReminderSettings(const schedule::ReminderSettings& settings) override;

    std::vector<schedule::ReminderLogEntry> remindersBetween(const LocalTime& from, const LocalTime& to) override;
    void recordAttempt(const schedule::ReminderAttempt& attempt) override;

private:
    Database& m_database;
    std::string m_actor;
};

} // namespace knotwork::db
