#include "app/practice/reminder_run.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <map>
#include <boost/date_time/posix_time/posix_time.hpp>

#include "app/mail/mail_error.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::app {

using schedule::DueReminder;
using schedule::ReminderSettings;
using Result = ReminderOutcome::Result;

namespace {

// The problems of `check`, each once, keeping those `keep` accepts.
template <typename Keep>
void collect(std::vector<FieldProblem>& problems, const std::function<void()>& check, Keep keep)
{
    try {
        check();
    } catch (const ValidationError& error) {
        std::copy_if(error.problems().begin(), error.problems().end(), std::back_inserter(problems), keep);
    }
}

std::map<clients::ClientId, clients::Client> clientsOf(PracticeContext& practice, const std::vector<schedule::Appointment>& visits)
{
    std::map<clients::ClientId, clients::Client> clients;
    for (const schedule::Appointment& visit : visits)
        if (!clients.contains(visit.clientId))
            clients.emplace(visit.clientId, practice.clientService().clients().chart(visit.clientId).client);
    return clients;
}

// An account that fails for one visit fails for every visit: trying the rest would only wait on
// the server again.
bool accountFailed(const mail::MailError& error)
{
    using Reason = mail::MailError::Reason;
    return error.reason() == Reason::Unreachable || error.reason() == Reason::AuthenticationRefused
        || error.reason() == Reason::TlsFailed;
}

} // namespace

int ReminderRun::count(Result result) const
{
    return static_cast<int>(std::count_if(outcomes.begin(), outcomes.end(),
                                          [result](const ReminderOutcome& outcome) { return outcome.result == result; }));
}

bool ReminderRun::incomplete() const
{
    return count(Result::Failed) > 0 || count(Result::NotTried) > 0;
}

std::string mailPassword(const mail::SmtpSettings& account, const mail::PasswordStore& passwords)
{
    if (account.username.empty())
        return {};
    if (std::optional<std::string> password = passwords.password(account.host, account.username))
        return *password;
    throw ValidationError(
        "smtp.password", "required",
        formatMessage(_("No password is kept for the mail account {} on {} ({}). Enter it with `knotwork-cli "
                        "settings mail-password` or in the app's reminder settings; nothing was sent."),
                      account.username, account.host, passwords.whereKept()));
}

mail::SmtpSettings smtpSettingsOf(const schedule::MailAccount& account)
{
    return {account.host, account.port, mail::parseSecurityKey(account.security), account.username,
            account.fromAddress, account.fromName};
}

void validateReminderSettings(const ReminderSettings& settings)
{
    std::vector<FieldProblem> problems;
    collect(problems, [&] { mail::validateSmtpSettings(smtpSettingsOf(settings.account)); },
            [&](const FieldProblem& problem) { return settings.enabled || problem.rule != "required"; });
    collect(problems, [&] { schedule::validateReminderTemplate(schedule::effectiveTemplate(settings)); },
            [](const FieldProblem&) { return true; });
    if (!problems.empty())
        throw ValidationError(problems);
}

void saveReminderSettings(PracticeContext& practice, const ReminderSettings& settings)
{
    validateReminderSettings(settings);
    practice.stores().reminders().setReminderSettings(settings);
}

std::vector<ReminderOutcome> remindersDue(PracticeContext& practice, const ReminderSettings& settings,
                                          const Clock& clock)
{
    const Date day = schedule::reminderDay(clock);
    const LocalTime from = localTimeOn(day, TimeOfDay(0, 0, 0));
    const LocalTime to = from + boost::posix_time::hours(24);
    const std::vector<schedule::Appointment> visits = practice.scheduleService().book().appointmentsBetween(from, to);
    const clients::PracticeSettings practiceSettings = practice.clientService().settings();
    schedule::ReminderFacts facts;
    facts.practiceName = practiceSettings.practiceName;
    facts.practicePhone = practiceSettings.phone;
    facts.cancellationPolicyHours = practice.scheduleService().book().cancellationPolicy().lateWindowHours;

    const schedule::ReminderTemplate words = schedule::effectiveTemplate(settings);
    std::vector<ReminderOutcome> outcomes;
    for (const DueReminder& due : schedule::dueReminders(day, visits, clientsOf(practice, visits),
                                                         practice.stores().reminders().remindersBetween(from, to), facts))
        outcomes.push_back({due, schedule::renderReminder(words, due.visit, due.facts), Result::NotTried, {}});
    return outcomes;
}

ReminderRun sendReminders(PracticeContext& practice, const ReminderSettings& settings,
                          const mail::PasswordStore& passwords, const Clock& clock, ReminderMode mode,
                          const mail::MailTimeouts& timeouts)
{
    ReminderRun run;
    run.day = schedule::reminderDay(clock);
    run.enabled = settings.enabled;
    if (!settings.enabled)
        return run;
    validateReminderSettings(settings);
    const mail::SmtpSettings account = smtpSettingsOf(settings.account);
    run.outcomes = remindersDue(practice, settings, clock);
    if (mode == ReminderMode::DryRun) {
        for (ReminderOutcome& outcome : run.outcomes)
            outcome.result = Result::WouldSend;
        return run;
    }
    if (run.outcomes.empty())
        return run;
    const std::string password = mailPassword(account, passwords);

    for (ReminderOutcome& outcome : run.outcomes) {
        const DueReminder& due = outcome.reminder;
        // A reminder sent again after a killed run keeps its Message-ID, so the client's mail
        // program shows it once.
        const mail::MailMessage message{due.toAddress, due.toName, outcome.text.subject, outcome.text.body, {},
                                        "reminder-" + std::to_string(due.visit.id) + "-" +
                                            boost::posix_time::to_iso_string(due.visit.start)};
        try {
            mail::sendMail(account, password, message, clock.now(), timeouts);
            outcome.result = Result::Sent;
        } catch (const mail::MailError& error) {
            outcome.result = Result::Failed;
            outcome.failure = error.what();
            if (accountFailed(error))
                run.stoppedBecause = error.what();
        } catch (const ValidationError& error) {  // this client's address or name cannot be mailed
            outcome.result = Result::Failed;
            outcome.failure = error.what();
        }
        // Each visit's attempt is its own transaction, written only once the server has answered:
        // a run killed between a send and its record re-sends that one reminder on the next run,
        // and the reminders logged before it stay logged. Logging before sending would instead
        // lose a reminder for good if the send never happened.
        try {
            practice.stores().reminders().recordAttempt(
                {due.visit.id, due.visit.start, due.toAddress, clock.now(), outcome.failure});
        } catch (const ConflictError&) {
            // Another run (the app and a timer at the same moment) logged this visit as sent
            // meanwhile: its record stands, and the rest of this run goes on.
        }
        if (!run.stoppedBecause.empty())
            break;
    }
    return run;
}

} // namespace knotwork::app
