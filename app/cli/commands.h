#pragma once

#include <CLI/App.hpp>

#include "app/cli/cli_context.h"

namespace knotwork::cli {

// Each subcommand adds itself to the app; its callback runs once the whole line is parsed and
// throws knotwork::Error for anything a person must be told.
void addInitCommand(CLI::App& app, CliContext& context);
void addInfoCommand(CLI::App& app, CliContext& context);
void addClientCommand(CLI::App& app, CliContext& context);
void addProviderCommand(CLI::App& app, CliContext& context);
void addDemoCommand(CLI::App& app, CliContext& context);
void addSessionCommand(CLI::App& app, CliContext& context);
void addPlanCommand(CLI::App& app, CliContext& context);
void addMeasureCommand(CLI::App& app, CliContext& context);
void addReportCommand(CLI::App& app, CliContext& context);
void addSettingsCommand(CLI::App& app, CliContext& context);
// reminders send|log: the day-before reminders by email.
void addRemindersCommand(CLI::App& app, CliContext& context);
void addPassphraseCommand(CLI::App& app, CliContext& context);
// key code|restore|replace: the record chain's key.
void addKeyCommand(CLI::App& app, CliContext& context);
void addBackupCommands(CLI::App& app, CliContext& context);  // backup, backup list, restore
void addExportCommand(CLI::App& app, CliContext& context);
void addImportCommand(CLI::App& app, CliContext& context);
// migrate --from --to: a practice copied between a file and a clinic server.
void addMigrateCommand(CLI::App& app, CliContext& context);
void addVerifyCommand(CLI::App& app, CliContext& context);
// user add|list|remove: the accounts of a practice on a clinic server.
void addUserCommand(CLI::App& app, CliContext& context);
// The `client` subcommands after intake (screen, clear, consent, archive, attachment).
void addClientRecordCommands(CLI::App& client, CliContext& context);
// `client retention`: the records past retention; `client export`: one client's whole record.
void addClientRetentionCommand(CLI::App& client, CliContext& context);
void addClientExportCommand(CLI::App& client, CliContext& context);
// The appointment book: `appointment` (its `cancel` in its own file) and `schedule` (book a plan's
// series, the services, the calendar file).
void addAppointmentCommand(CLI::App& app, CliContext& context);
void addAppointmentCancelCommand(CLI::App& appointment, CliContext& context);
void addScheduleCommand(CLI::App& app, CliContext& context);
// `waitlist add|list|close`.
void addWaitlistCommand(CLI::App& app, CliContext& context);
// Billing: `checkout` and `payment add|refund`; `invoice list|show|void|correct`; `package
// sell|list|use` and `gift sell|show|redeem`; `billing settings|balance|report`.
void addCheckoutCommands(CLI::App& app, CliContext& context);
void addInvoiceCommand(CLI::App& app, CliContext& context);
void addPrepaidCommands(CLI::App& app, CliContext& context);
void addBillingCommand(CLI::App& app, CliContext& context);
// `receipt`, `statement` and `superbill`: billing's PDFs, each with its disclosure-log entry.
void addBillingDocumentCommands(CLI::App& app, CliContext& context);

} // namespace knotwork::cli
