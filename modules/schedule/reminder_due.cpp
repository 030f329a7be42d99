#include "schedule/reminder_due.h"

#include <algorithm>

namespace knotwork::schedule {

namespace {

bool alreadySent(const Appointment& visit, const std::vector<ReminderLogEntry>& log)
{
    return std::any_of(log.begin(), log.end(), [&](const ReminderLogEntry& entry) {
        return entry.appointmentId == visit.id && entry.start == visit.start && entry.sent();
    });
}

std::string firstNameOf(const clients::Client& client)
{
    return client.preferredName.empty() ? client.givenNames : client.preferredName;
}

} // namespace

ReminderTemplate effectiveTemplate(const ReminderSettings& settings)
{
    const ReminderTemplate fallback = defaultReminderTemplate();
    return {settings.message.subject.empty() ? fallback.subject : settings.message.subject,
            settings.message.body.empty() ? fallback.body : settings.message.body};
}

Date reminderDay(const Clock& clock)
{
    return clock.today() + boost::gregorian::days(1);
}

std::vector<DueReminder> dueReminders(const Date& day, const std::vector<Appointment>& visits,
                                      const std::map<ClientId, clients::Client>& clients,
                                      const std::vector<ReminderLogEntry>& log, const ReminderFacts& practice)
{
    std::vector<DueReminder> due;
    for (const Appointment& visit : visits) {
        if (visit.start.date() != day || visit.status != AppointmentStatus::Booked || alreadySent(visit, log))
            continue;
        const auto client = clients.find(visit.clientId);
        if (client == clients.end() || client->second.email.empty())
            continue;
        ReminderFacts facts = practice;
        facts.firstName = firstNameOf(client->second);
        due.push_back({visit, client->second.email, clients::fullName(client->second), facts});
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const DueReminder& a, const DueReminder& b) { return a.visit.start < b.visit.start; });
    return due;
}

} // namespace knotwork::schedule
