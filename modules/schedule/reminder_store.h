#pragma once

#include <vector>

#include "schedule/reminder_settings.h"

namespace knotwork::schedule {

// Where the reminders' settings and log are kept (db/ implements it over SQL). Every write is
// one audited transaction of its own.
class ReminderStore {
public:
    virtual ~ReminderStore() = default;

    virtual ReminderSettings reminderSettings() = 0;
    virtual void setReminderSettings(const ReminderSettings& settings) = 0;

    // The log of the visits starting in [from, to), in start order.
    virtual std::vector<ReminderLogEntry> remindersBetween(const LocalTime& from, const LocalTime& to) = 0;
    // Records an attempt on the visit's entry for its start (made at the first): a success makes
    // it sent for good; a failure counts an attempt and keeps the failure. ConflictError when the
    // entry was sent already (nothing changes).
    virtual void recordAttempt(const ReminderAttempt& attempt) = 0;
};

} // namespace knotwork::schedule
