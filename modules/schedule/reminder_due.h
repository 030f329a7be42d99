#pragma once

#include <map>
#include <string>
#include <vector>

#include "clients/client.h"
#include "common/clock.h"
#include "schedule/appointment.h"
#include "schedule/reminder_message.h"
#include "schedule/reminder_settings.h"

namespace knotwork::schedule {

// "The day before" (docs/REMINDERS.md): a run on a day, at whatever hour, reminds the visits of
// the next day, days as the practice's clock reads them on the wall. Opened at 7 am or at
// 11 pm, the app reminds tomorrow's visits; after midnight, the visits of the day that has just
// begun are no longer reminded (a day-before reminder can no longer be sent) and the next day's
// are. A day with no run sends no reminders for the day after it: runs do not catch up.
Date reminderDay(const Clock& clock);

// The template reminders are written from: the therapist's, each empty part the default's.
ReminderTemplate effectiveTemplate(const ReminderSettings& settings);

// A visit to remind and what its reminder may say (ReminderFacts: nothing clinical).
struct DueReminder {
    Appointment visit;
    std::string toAddress;
    std::string toName;  // the client's name as a chart greets them
    ReminderFacts facts;
};

// The visits on `day` to remind now, in start order: still booked (not cancelled, not under way),
// whose client (in `clients`) has an email address, and whose log entry for that start (in
// `log`) was not sent. `practice` holds the practice's facts; each reminder gets its client's
// first name (the preferred name, else the given names).
std::vector<DueReminder> dueReminders(const Date& day, const std::vector<Appointment>& visits,
                                      const std::map<ClientId, clients::Client>& clients,
                                      const std::vector<ReminderLogEntry>& log, const ReminderFacts& practice);

} // namespace knotwork::schedule
