#pragma once

#include <optional>
#include <string>

#include "schedule/appointment.h"
#include "schedule/reminder_message.h"

namespace knotwork::schedule {

// The therapist's own mail account as the practice keeps it, for app/mail's SmtpSettings (which
// checks it). The password is never kept with it: it lives outside the practice file.
struct MailAccount {
    std::string host;                  // "smtp.example.org"
    int port = 587;
    std::string security = "starttls";  // "starttls", "tls" or "none" (mail::securityKey)
    std::string username;               // empty: the server takes mail without logging in
    std::string fromAddress;
    std::string fromName;

    friend bool operator==(const MailAccount&, const MailAccount&) = default;
};

// Whether reminders are sent the day before a visit, through which account, in which words.
// An empty subject or body stands for the default template (defaultReminderTemplate), so a
// practice that never edited it reminds in the reader's language.
struct ReminderSettings {
    bool enabled = false;
    MailAccount account;
    ReminderTemplate message;

    friend bool operator==(const ReminderSettings&, const ReminderSettings&) = default;
};

inline constexpr const char* kReminderEnabledField = "reminder.enabled";

// One visit's reminder on the log: to whom, how many attempts, and either when it went out or
// why the last attempt failed (then the next run tries again).
struct ReminderLogEntry {
    AppointmentId appointmentId = 0;
    LocalTime start{boost::posix_time::not_a_date_time};  // the start it reminded of
    std::string toAddress;
    int attempts = 0;
    Timestamp lastAttemptAt{boost::posix_time::not_a_date_time};
    std::optional<Timestamp> sentAt;
    std::string failure;  // the last attempt's failure, while not sent

    bool sent() const { return sentAt.has_value(); }

    friend bool operator==(const ReminderLogEntry&, const ReminderLogEntry&) = default;
};

// One attempt to send a visit's reminder: sent when `failure` is empty.
struct ReminderAttempt {
    AppointmentId appointmentId = 0;
    LocalTime start{boost::posix_time::not_a_date_time};
    std::string toAddress;
    Timestamp at{boost::posix_time::not_a_date_time};
    std::string failure;
};

} // namespace knotwork::schedule
