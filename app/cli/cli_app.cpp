#include "app/cli/cli_app.h"

#include <CLI/CLI.hpp>

#include "app/cli/commands.h"
#include "app/cli/terminal_text.h"
#include "app/cli/exit_codes.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/user_directories.h"
#include "common/build_info.h"

namespace knotwork::cli {

namespace {

int exitCodeFor(const Error& error)
{
    const bool unusable = dynamic_cast<const PracticeFileError*>(&error) || dynamic_cast<const RecordKeyMissingError*>(&error);
    return unusable ? kExitPracticeUnusable : kExitFailure;
}

std::string footer()
{
    return formatMessage(
        _("Without --db, the default practice is used: {}\n\n"
          "Exit codes: 0 done; 1 the command could not be carried out; 2 the command line is "
          "wrong; 3 the practice file is damaged, not a practice, or from a newer Knotwork, its "
          "passphrase is missing or wrong, its record key is not on this computer (key restore), or "
          "verify found a record changed, removed or added outside Knotwork."),
        defaultPracticePath().string());
}

} // namespace

void defineCommandLine(CLI::App& app, CliContext& context)
{
    app.description(_("Knotwork on the command line: the same practice as the app, for scripts."));
    app.set_version_flag("--version", "knotwork-cli " + std::string(kVersion),
                         _("Print the version and exit"));
    app.set_help_flag("-h,--help", _("Print this help and exit"));
    app.add_option("--db", context.practiceOption,
                   _("The practice to work on: a file, or a clinic server's postgresql://user@host/database"))
        ->option_text("PRACTICE");
    app.add_flag("--json", context.json, _("Print data as JSON"));
    app.add_option("--passphrase-file", context.passphraseFile,
                   _("Read the passphrase of an encrypted practice from the first line of this file"))
        ->option_text("FILE");
    app.require_subcommand(1);
    app.fallthrough();  // global options may also follow the subcommand
    app.footer(footer());
    addInitCommand(app, context);
    addInfoCommand(app, context);
    addVerifyCommand(app, context);
    addClientCommand(app, context);
    addProviderCommand(app, context);
    addSettingsCommand(app, context);
    addRemindersCommand(app, context);
    addBackupCommands(app, context);
    addSessionCommand(app, context);
    addPlanCommand(app, context);
    addMeasureCommand(app, context);
    addAppointmentCommand(app, context);
    addScheduleCommand(app, context);
    addWaitlistCommand(app, context);
    addCheckoutCommands(app, context);
    addInvoiceCommand(app, context);
    addPrepaidCommands(app, context);
    addBillingCommand(app, context);
    addBillingDocumentCommands(app, context);
    addReportCommand(app, context);
    addDemoCommand(app, context);
    addPassphraseCommand(app, context);
    addKeyCommand(app, context);
    addExportCommand(app, context);
    addImportCommand(app, context);
    addMigrateCommand(app, context);
    addUserCommand(app, context);
}

int runCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err)
{
    CliContext context(out, err);
    CLI::App app("", "knotwork-cli");
    defineCommandLine(app, context);

    try {
        context.clock = clockFromEnvironment();
        app.parse(argc, argv);
    } catch (const CLI::ParseError& parseError) {
        const int code = app.exit(parseError, out, err);
        return code == 0 ? kExitOk : kExitUsage;
    } catch (const ValidationError& error) {
        for (const FieldProblem& problem : error.problems())
            err << "knotwork-cli: " << terminalText(problem.field + ": " + problem.message) << '\n';
        return kExitFailure;
    } catch (const Error& error) {
        err << "knotwork-cli: " << terminalText(error.what()) << '\n';
        return exitCodeFor(error);
    } catch (const std::exception& error) {
        err << "knotwork-cli: " << terminalText(formatMessage(_("unexpected error: {}"), error.what())) << '\n';
        return kExitFailure;
    }
    return context.exitCode;
}

} // namespace knotwork::cli
