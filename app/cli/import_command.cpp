// knotwork-cli import: a whole-practice export made into the practice, all or nothing.
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
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

// A passphrase file's first line, without its line ending.
std::string passphraseFromFile(const std::string& path)
{
    std::string text = readFileOption(path);
    if (const std::size_t end = text.find_first_of("\r\n"); end != std::string::npos)
        text.resize(end);
    return text;
}

void runImport(CliContext& context, const ImportCommandOptions& options)
{
    const std::string archivePassphrase =
        options.archivePassphraseFile.empty() ? std::string() : passphraseFromFile(options.archivePassphraseFile);
    // An encrypted archive makes an encrypted practice, with the same passphrase.
    app::ImportOutcome outcome;
    try {
        outcome = app::importPractice(options.from, archivePassphrase, context.practicePath(), archivePassphrase);
    } catch (const ValidationError& error) {
        // Each message names the record and the field already ("clients #12, intake.…: …").
        for (const FieldProblem& problem : error.problems())
            std::cerr << "knotwork-cli: " << problem.message << '\n';
        std::cerr << "knotwork-cli: "
                  << formatMessage(_("Nothing was imported; {} is as it was."), context.practicePath().string())
                  << '\n';
        context.exitCode = kExitFailure;
        return;
    }
    if (context.json) {
        nlohmann::json counts = nlohmann::json::object();
        for (const db::RecordCount& count : outcome.counts)
            counts[count.name] = count.count;
        context.printJson({{"practice", context.practicePath().string()},
                           {"encrypted", !archivePassphrase.empty()},
                           {"replaced_kept_at", outcome.replacedKeptAt ? nlohmann::json(outcome.replacedKeptAt->string())
                                                                       : nlohmann::json()},
                           {"counts", counts}});
        return;
    }
    context.out << formatMessage(_("Imported {} into {}."), options.from, context.practicePath().string()) << '\n';
    if (outcome.replacedKeptAt)
        context.out << formatMessage(_("The empty practice that was there is kept as {}."),
                                     outcome.replacedKeptAt->string())
                    << '\n';
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
                        _("Read an encrypted archive's passphrase from the first line of FILE; the practice made "
                          "from it is encrypted with the same passphrase"))
        ->option_text("FILE");
    command->callback([&context, options] { runImport(context, *options); });
}

} // namespace knotwork::cli
