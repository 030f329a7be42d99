// knotwork-cli export: the whole practice as an open, documented archive (docs/EXPORT-FORMAT.md).
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/practice_access.h"
#include "app/practice/practice_export.h"
#include "common/i18n.h"

namespace knotwork::cli {

namespace {

struct ExportCommandOptions {
    std::string out;
    bool plain = false;
};

void runExport(const CliContext& context, const ExportCommandOptions& options)
{
    PracticeAccess access(context, db::OpenMode::ExistingOnly);
    app::PracticeContext& practice = access.practice();
    const bool encrypted = practice.database().encrypted() && !options.plain;
    if (practice.database().encrypted() && options.plain)
        context.printWarning("knotwork-cli: "
                             + formatMessage(_("warning: {} is written unencrypted (--plain). Anyone who gets the "
                                               "file can read every record in it."),
                                             options.out));
    app::exportPractice(practice, options.out,
                        app::ExportOptions{encrypted ? practice.database().passphrase() : std::string()});
    if (context.json) {
        context.printJson({{"archive", options.out}, {"encrypted", encrypted}});
        return;
    }
    context.printLine(encrypted ? formatMessage(_("Exported the practice to {}, encrypted with its passphrase."), options.out)
                                : formatMessage(_("Exported the practice to {}."), options.out));
}

} // namespace

void addExportCommand(CLI::App& app, CliContext& context)
{
    auto options = std::make_shared<ExportCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "export", _("Write the whole practice into one archive in an open format (JSON records and attachment "
                    "files in a zip), for another program or another Knotwork"));
    command->add_option("--out", options->out, _("The archive to write (a new file; never overwritten)"))
        ->required()
        ->option_text("FILE");
    command->add_flag("--plain", options->plain,
                      _("Write an encrypted practice's archive unencrypted (a warning is printed)"));
    command->callback([&context, options] { runExport(context, *options); });
}

} // namespace knotwork::cli
