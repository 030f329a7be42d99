#include "schedule/reminder_message.h"

#include <algorithm>
#include <map>

#include "common/i18n.h"
#include "common/locale_date.h"
#include "common/validator.h"

namespace knotwork::schedule {

namespace {

// Calls `text` for each stretch of plain text and `placeholder` for each "{name}", in order;
// stops at the first brace without its partner and returns false.
template <typename Text, typename Placeholder>
bool walkTemplate(std::string_view source, Text text, Placeholder placeholder)
{
    std::size_t start = 0;
    while (start < source.size()) {
        const std::size_t open = source.find_first_of("{}", start);
        if (open == std::string_view::npos) {
            text(source.substr(start));
            return true;
        }
        text(source.substr(start, open - start));
        if (source[open] == '}')
            return false;
        const std::size_t close = source.find_first_of("{}", open + 1);
        if (close == std::string_view::npos || source[close] == '{')
            return false;
        placeholder(source.substr(open + 1, close - open - 1));
        start = close + 1;
    }
    return true;
}

bool isPlaceholder(std::string_view name)
{
    const auto& known = reminderPlaceholders();
    return std::find(known.begin(), known.end(), name) != known.end();
}

void checkPlaceholders(Validator& check, std::string_view source, const char* field, std::string_view label)
{
    std::vector<std::string> unknown;
    const bool paired = walkTemplate(source, [](std::string_view) {}, [&](std::string_view name) {
        if (!isPlaceholder(name) && std::find(unknown.begin(), unknown.end(), name) == unknown.end())
            unknown.emplace_back(name);
    });
    for (const std::string& name : unknown)
        check.add(field, "placeholder",
                  formatMessage(_("{} uses {{{}}}, which is not a placeholder Knotwork knows. Use {{first_name}}, "
                                  "{{date}}, {{time}}, {{practice_name}}, {{practice_phone}} or "
                                  "{{cancellation_policy_hours}}."),
                                label, name));
    if (!paired)
        check.add(field, "braces",
                  formatMessage(_("{} has a brace without its partner: placeholders are written like {{first_name}}."),
                                label));
}

std::string filledIn(std::string_view source, const std::map<std::string_view, std::string>& values)
{
    std::string out;
    walkTemplate(source, [&](std::string_view text) { out += text; },
                 [&](std::string_view name) { out += values.at(name); });
    return out;
}

} // namespace

const std::vector<std::string_view>& reminderPlaceholders()
{
    static const std::vector<std::string_view> names{"first_name",    "date",           "time",
                                                     "practice_name", "practice_phone", "cancellation_policy_hours"};
    return names;
}

ReminderTemplate defaultReminderTemplate()
{
    return {
        _("Reminder: your appointment on {date} at {time}"),
        _("Hello {first_name},\n"
          "\n"
          "This is a reminder of your appointment at {practice_name} on {date} at {time}.\n"
          "\n"
          "If you need to change or cancel it, please call {practice_phone} at least "
          "{cancellation_policy_hours} hours before.\n"
          "\n"
          "See you soon,\n"
          "{practice_name}\n"),
    };
}

void validateReminderTemplate(const ReminderTemplate& reminder)
{
    Validator check;
    const std::string subjectLabel = _("The reminder's subject");
    const std::string bodyLabel = _("The reminder's message");
    check.required(reminder.subject, kReminderSubjectField, subjectLabel);
    check.singleLine(reminder.subject, 200, kReminderSubjectField, subjectLabel);
    check.required(reminder.body, kReminderBodyField, bodyLabel);
    check.multiLine(reminder.body, 5000, kReminderBodyField, bodyLabel);
    checkPlaceholders(check, reminder.subject, kReminderSubjectField, subjectLabel);
    checkPlaceholders(check, reminder.body, kReminderBodyField, bodyLabel);
    check.throwIfAny();
}

ReminderText renderReminder(const ReminderTemplate& reminder, const Appointment& appointment,
                            const ReminderFacts& facts)
{
    validateReminderTemplate(reminder);
    const std::map<std::string_view, std::string> values{
        {"first_name", facts.firstName},
        {"date", longDate(appointment.start.date())},
        {"time", shortTime(appointment.start.time_of_day())},
        {"practice_name", facts.practiceName},
        {"practice_phone", facts.practicePhone},
        {"cancellation_policy_hours", std::to_string(facts.cancellationPolicyHours)},
    };
    return {filledIn(reminder.subject, values), filledIn(reminder.body, values)};
}

} // namespace knotwork::schedule
