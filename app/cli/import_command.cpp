// knotwork-cli import: a whole-practice export made into the practice, all or nothing.
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/passphrase_input.h"
#include "app/cli/practice_access.h"
#include "app/practice/practice_import.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::cli {

namespace {

struct ImportCommandOptions {
    std::string from;
    std::string archivePassphraseFile;
};

// The passphrase of the practice the import goes into: an empty practice's own (asked for as
// any command asks), or --passphrase-file for a new one; empty when neither.
std::string targetPassphrase(const CliContext& context, const std::filesystem::path& target)
{
    std::error_code error;
    if (std::filesystem::exists(target, error) && std::filesystem::file_size(target, error) > 0)
        return withPracticePassphrase(context, target, [&](const std::string& passphrase) {
            db::Database::open(target, db::OpenMode::ExistingOnly, passphrase, db::FileCheck::BeforeFirstWrite);
        });
    if (!context.passphraseFile.empty())
        return readPassphraseFile(context.passphraseFile, "--passphrase-file", context.err);
    return {};
}

void runImport(CliContext& context, const ImportCommandOptions& options)
{
    const std::filesystem::path target = context.practicePath();
    const std::string practicePassphrase = targetPassphrase(context, target);
    // The practice made is encrypted: with its own passphrase, else with the archive's.
    std::string madeWith;
    app::ImportOutcome outcome;
    const auto importWith = [&](const std::string& archivePassphrase) {
        madeWith = practicePassphrase.empty() ? archivePassphrase : practicePassphrase;
        outcome = app::importPractice(options.from, archivePassphrase, target, madeWith);
    };
    try {
        if (!options.archivePassphraseFile.empty()) {
            importWith(readPassphraseFile(options.archivePassphraseFile, "--archive-passphrase-file", context.err));
        } else {
            bool done = false;
            if (!practicePassphrase.empty()) {
                try {
                    importWith(practicePassphrase);  // an export of this same practice
                    done = true;
                } catch (const PassphraseError&) {
                    // The archive has a passphrase of its own: asked for below.
                }
            }
            if (!done && standardInputIsTerminal()) {
                CliContext archive = context;
                archive.passphraseFile.clear();
                withPracticePassphrase(archive, options.from, importWith);
            } else if (!done) {
                try {
                    importWith({});
                } catch (const PassphraseError& error) {
                    if (error.reason() != PassphraseError::Reason::Needed)
                        throw;
                    throw PassphraseError(
                        PassphraseError::Reason::Needed,
                        formatMessage(_("{} Without a terminal to type it in, give it with --archive-passphrase-file "
                                        "FILE (the passphrase on the file's first line)."),
                                      error.what()));
                }
            }
        }
    } catch (const ValidationError& error) {
        // Each message names the record and the field already ("clients #12, intake.…: …").
        for (const FieldProblem& problem : error.problems())
            context.printWarning("knotwork-cli: " + problem.message);
        context.printWarning("knotwork-cli: " + formatMessage(_("Nothing was imported; {} is as it was."), target.string()));
        context.exitCode = kExitFailure;
        return;
    }
    if (context.json) {
        nlohmann::json counts = nlohmann::json::object();
        for (const db::RecordCount& count : outcome.counts)
            counts[count.name] = count.count;
        context.printJson({{"practice", target.string()},
                           {"encrypted", !madeWith.empty()},
                           {"replaced_kept_at", outcome.replacedKeptAt ? nlohmann::json(outcome.replacedKeptAt->string())
                                                                       : nlohmann::json()},
                           {"counts", counts}});
        return;
    }
    context.printLine(formatMessage(madeWith.empty() ? _("Imported {} into {}.")
                                                     : _("Imported {} into {}, encrypted with a passphrase."),
                                    options.from, target.string()));
    if (outcome.replacedKeptAt)
        context.printLine(formatMessage(_("The empty practice that was there is kept as {}."),
                                        outcome.replacedKeptAt->string()));
    std::vector<std::pair<std::string, std::string>> rows;
    for (const db::RecordCount& count : outcome.counts)
        rows.emplace_back(count.label, std::to_string(count.count));
    context.printRows(rows);
}

} // namespace

void addImportCommand(CLI::App& app, CliContext& context)
{
    auto options = std::make_shared<ImportCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "import", _("Make an export (knotwork-cli export) into the practice: a new file, or an empty practice; "
                    "all or nothing"));
    command->add_option("--from", options->from, _("The archive to import"))->required()->option_text("FILE");
    command->add_option("--archive-passphrase-file", options->archivePassphraseFile,
                        _("Read an encrypted archive's passphrase from the first line of FILE (otherwise the "
                          "practice's own passphrase is tried, then it is asked for on the terminal)"))
        ->option_text("FILE");
    command->callback([&context, options] { runImport(context, *options); });
}

} // namespace knotwork::cli
