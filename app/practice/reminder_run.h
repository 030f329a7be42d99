#pragma once

#include <string>
#include <vector>

#include "app/mail/mail_sender.h"
#include "app/mail/password_store.h"
#include "app/practice/practice_context.h"
#include "schedule/reminder_due.h"

namespace knotwork::app {

// Sending the day-before reminders (docs/REMINDERS.md), for `knotwork-cli reminders send` and
// for the app while it is open: which visits are due (schedule::dueReminders), their words
// (schedule::renderReminder), sending each through the therapist's account (mail::sendMail), and
// the reminders log (schedule::ReminderStore).

enum class ReminderMode {
    Send,
    DryRun,  // says what would be sent: sends nothing, writes nothing
};

struct ReminderOutcome {
    enum class Result {
        Sent,
        Failed,     // logged with `failure`; the next run tries again
        NotTried,   // the account failed on an earlier visit (server down, login refused): not logged, due again
        WouldSend,  // a dry run
    };
    schedule::DueReminder reminder;
    schedule::ReminderText text;
    Result result = Result::NotTried;
    std::string failure;
};

struct ReminderRun {
    Date day{boost::gregorian::not_a_date_time};  // the visits' day: the clock's tomorrow
    bool enabled = false;                           // false: reminders are off, nothing was done
    std::vector<ReminderOutcome> outcomes;          // in start order
    // Why the run stopped early: the account's failure (it names the server); empty otherwise.
    std::string stoppedBecause;

    int count(ReminderOutcome::Result result) const;
    // Whether a reminder due was not sent (a failure, or one left untried).
    bool incomplete() const;
};

// The mail account as sending takes it. ValidationError (field smtp.security) for an unknown word.
mail::SmtpSettings smtpSettingsOf(const schedule::MailAccount& account);

// The password `passwords` keeps for the account; empty for an account with no user name.
// ValidationError (field smtp.password) when it keeps none, saying where to enter it.
std::string mailPassword(const mail::SmtpSettings& account, const mail::PasswordStore& passwords);

// The settings checked as sending will check them, an account still being filled in allowed:
// ValidationError listing every value that breaks its rule (an empty required value only when
// reminders are on), and for the template as validateReminderTemplate.
void validateReminderSettings(const schedule::ReminderSettings& settings);
// Saves them after validateReminderSettings, in one audited write.
void saveReminderSettings(PracticeContext& practice, const schedule::ReminderSettings& settings);

// The visits due a reminder now with their words, nothing sent.
std::vector<ReminderOutcome> remindersDue(PracticeContext& practice, const schedule::ReminderSettings& settings,
                                          const Clock& clock);

// Sends each reminder due and logs it: ValidationError before anything is sent when the settings
// break their rules, or the account has a user name and `passwords` keeps no password for it
// (field smtp.password). A message refused (one recipient) is logged as failed and the run goes on;
// an account that fails (server unreachable, login refused, no secure connection) stops the run:
// that visit is logged as failed and the rest are left untried. Nothing when reminders are off.
ReminderRun sendReminders(PracticeContext& practice, const schedule::ReminderSettings& settings,
                          const mail::PasswordStore& passwords, const Clock& clock, ReminderMode mode,
                          const mail::MailTimeouts& timeouts = {});

} // namespace knotwork::app
