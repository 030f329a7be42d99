#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "schedule/appointment.h"

namespace knotwork::schedule {

// The words of an appointment reminder emailed to a client, from a template the therapist edits.
//
// Nothing clinical ever reaches a reminder: the template can name only the placeholders below,
// and ReminderFacts holds only the client's first name and the practice's public details. No
// diagnosis, finding, note, plan, service name, red flag or precaution is available to it, so
// no edit of the template can put one into an email (issue 23: "nothing clinical is put in an
// email").
//
// Placeholders, written in braces:
//   {first_name}                 the client's first name
//   {date}                       the visit's day in words ("Monday, November 23, 2026")
//   {time}                       its start, the locale's short time ("10:00 AM")
//   {practice_name}              the practice's name
//   {practice_phone}             the practice's phone number
//   {cancellation_policy_hours}  the late-cancellation window, in hours ("24")

struct ReminderTemplate {
    std::string subject;  // one line
    std::string body;     // lines separated by newlines

    friend bool operator==(const ReminderTemplate&, const ReminderTemplate&) = default;
};

// What a reminder may say besides the appointment's time. Only these.
struct ReminderFacts {
    std::string firstName;
    std::string practiceName;
    std::string practicePhone;
    int cancellationPolicyHours = 24;  // CancellationPolicy::lateWindowHours
};

// The filled-in reminder, ready for the mail composer.
struct ReminderText {
    std::string subject;
    std::string body;
};

inline constexpr const char* kReminderSubjectField = "reminder.subject";
inline constexpr const char* kReminderBodyField = "reminder.body";

// Every placeholder a template may use, without braces, in the order above.
const std::vector<std::string_view>& reminderPlaceholders();

// The template a new practice starts with, in the reader's language.
ReminderTemplate defaultReminderTemplate();

// Throws ValidationError listing each problem, field reminder.subject or reminder.body: a
// placeholder that is not one of the above (rule "placeholder", the message names it), a brace
// without its partner (rule "braces"), an empty subject or body ("required"), a subject of more
// than one line or longer than 200 characters, a body longer than 5000.
void validateReminderTemplate(const ReminderTemplate& reminder);

// The reminder for `appointment` (its start's day in words through longDate, its time through
// shortTime), with each placeholder replaced by its value. Throws ValidationError as
// validateReminderTemplate.
ReminderText renderReminder(const ReminderTemplate& reminder, const Appointment& appointment,
                            const ReminderFacts& facts);

} // namespace knotwork::schedule
