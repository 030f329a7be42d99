// knotwork-cli reminders send|log: the day-before reminders by email (docs/REMINDERS.md), sent
// from a cron job or a systemd timer as the app sends them while it is open, and what was sent.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/practice_access.h"
#include "app/practice/reminder_run.h"
#include "common/calendar_date.h"
#include "common/i18n.h"
#include "common/locale_date.h"

namespace knotwork::cli {

using app::ReminderOutcome;
using Result = ReminderOutcome::Result;

namespace {

std::string_view resultKey(Result result)
{
    switch (result) {
    case Result::Sent: return "sent";
    case Result::Failed: return "failed";
    case Result::NotTried: return "not_tried";
    case Result::WouldSend: return "would_send";
    }
    return {};
}

nlohmann::json runJson(const app::ReminderRun& run, bool dryRun)
{
    nlohmann::json reminders = nlohmann::json::array();
    for (const ReminderOutcome& outcome : run.outcomes)
        reminders.push_back({{"appointment_id", outcome.reminder.visit.id},
                             {"starts_at", isoLocalTime(outcome.reminder.visit.start)},
                             {"to", outcome.reminder.toAddress},
                             {"subject", outcome.text.subject},
                             {"result", resultKey(outcome.result)},
                             {"failure", outcome.failure}});
    return {{"day", isoDate(run.day)},
            {"enabled", run.enabled},
            {"dry_run", dryRun},
            {"reminders", reminders},
            {"sent", run.count(Result::Sent)},
            {"failed", run.count(Result::Failed)},
            {"not_tried", run.count(Result::NotTried)}};
}

std::string outcomeText(const ReminderOutcome& outcome)
{
    const std::string& to = outcome.reminder.toAddress;
    switch (outcome.result) {
    case Result::Sent: return formatMessage(_("Sent to {}: {}"), to, outcome.text.subject);
    case Result::WouldSend: return formatMessage(_("Would send to {}: {}"), to, outcome.text.subject);
    case Result::Failed: return formatMessage(_("Not sent to {}: {}"), to, outcome.failure);
    case Result::NotTried: return formatMessage(_("Not tried for {}: the next run will send it."), to);
    }
    return {};
}

void printRun(const CliContext& context, const app::ReminderRun& run)
{
    if (!run.enabled) {
        context.printLine(_("Reminders are off, so none was sent. Turn them on with `knotwork-cli settings set "
                            "reminder.enabled on`."));
        return;
    }
    for (const ReminderOutcome& outcome : run.outcomes)
        context.printLine(outcomeText(outcome));
    const int count = static_cast<int>(run.outcomes.size());
    if (count == 0)
        context.printLine(formatMessage(_("No reminder is due for {}."), longDate(run.day)));
    else
        context.printLine(formatMessage(P_("{} of {} reminder for {} sent.", "{} of {} reminders for {} sent.", count),
                                        run.count(Result::Sent), count, longDate(run.day)));
}

void addSend(CLI::App& reminders, CliContext& context)
{
    auto dryRun = std::make_shared<bool>(false);
    CLI::App* send = reminders.add_subcommand(
        "send", _("Email a reminder to each client booked tomorrow who has an email address and has not had one "
                  "yet (run it daily: see docs/REMINDERS.md)"));
    send->add_flag("--dry-run", *dryRun, _("Say what would be sent: send nothing, record nothing"));
    send->callback([&context, dryRun] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const schedule::ReminderSettings settings = practice.practice().stores().reminders().reminderSettings();
        const std::unique_ptr<mail::PasswordStore> passwords = mail::openPasswordStore();
        const app::ReminderRun run = app::sendReminders(practice.practice(), settings, *passwords, context.clock,
                                                        *dryRun ? app::ReminderMode::DryRun : app::ReminderMode::Send);
        if (context.json)
            context.printJson(runJson(run, *dryRun));
        else
            printRun(context, run);
        if (run.incomplete()) {
            context.printWarning(run.stoppedBecause.empty()
                                     ? _("Some reminders were not sent; the next run tries them again.")
                                     : formatMessage(_("{} The next run tries again."), run.stoppedBecause));
            context.exitCode = kExitFailure;
        }
    });
}

std::string logStatus(const schedule::ReminderLogEntry& entry)
{
    if (entry.sent())
        return formatMessage(_("sent {}"), entry.sentAt->iso8601());
    return formatMessage(P_("not sent after {} attempt: {}", "not sent after {} attempts: {}", entry.attempts),
                         entry.attempts, entry.failure);
}

void addLog(CLI::App& reminders, CliContext& context)
{
    struct Options {
        std::string from, to;
    };
    auto options = std::make_shared<Options>();
    CLI::App* log = reminders.add_subcommand("log", _("The reminders sent, or tried, for the visits of a stretch of days"));
    log->add_option("--from", options->from, _("The visits' first day (default: 30 days ago)"))->option_text("YYYY-MM-DD");
    log->add_option("--to", options->to, _("The visits' last day (default: tomorrow)"))->option_text("YYYY-MM-DD");
    log->callback([&context, options] {
        const Date today = context.clock.today();
        const Date from = optionalDateOption(options->from, "--from").value_or(today - boost::gregorian::days(30));
        const Date to = optionalDateOption(options->to, "--to").value_or(today + boost::gregorian::days(1));
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const std::vector<schedule::ReminderLogEntry> entries = practice.practice().stores().reminders().remindersBetween(
            localTimeOn(from, TimeOfDay(0, 0, 0)), localTimeOn(to + boost::gregorian::days(1), TimeOfDay(0, 0, 0)));
        if (context.json) {
            nlohmann::json rows = nlohmann::json::array();
            for (const schedule::ReminderLogEntry& entry : entries)
                rows.push_back({{"appointment_id", entry.appointmentId},
                                {"starts_at", isoLocalTime(entry.start)},
                                {"to", entry.toAddress},
                                {"attempts", entry.attempts},
                                {"last_attempt_at", entry.lastAttemptAt.iso8601()},
                                {"sent_at", entry.sentAt ? nlohmann::json(entry.sentAt->iso8601()) : nlohmann::json()},
                                {"failure", entry.failure}});
            context.printJson(rows);
            return;
        }
        if (entries.empty()) {
            context.printLine(_("No reminder was sent or tried for these days."));
            return;
        }
        std::vector<std::vector<std::string>> rows;
        for (const schedule::ReminderLogEntry& entry : entries)
            rows.push_back({longDate(entry.start.date()) + " " + shortTime(entry.start.time_of_day()), entry.toAddress,
                            logStatus(entry)});
        context.printTable({_("Visit"), _("To"), _("Reminder")}, rows);
    });
}

} // namespace

void addRemindersCommand(CLI::App& app, CliContext& context)
{
    CLI::App* reminders = app.add_subcommand(
        "reminders", _("Appointment reminders by email the day before a visit: send, log"));
    reminders->require_subcommand(1);
    addSend(*reminders, context);
    addLog(*reminders, context);
}

} // namespace knotwork::cli
