// knotwork-cli restore --from FILE [--yes]: puts a backup (or any Knotwork practice file) in the
// practice's place, as the app's File › Restore…: the candidate is shown first, the practice it
// replaces is kept as a backup, and nothing changes unless the whole restore succeeds.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/restore_command.h"
#include "app/cli/terminal_text.h"
#include "app/cli/passphrase_input.h"
#include "app/cli/practice_access.h"
#include "app/practice/practice_restore.h"
#include "common/date_text.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/user_directories.h"
#include "db/database.h"
#include "db/migrator.h"

namespace knotwork::cli {

namespace {

struct RestoreOptions {
    std::string from;
    bool yes = false;
    std::string candidatePassphraseFile;
};

std::string momentOrNone(const std::optional<Timestamp>& moment)
{
    return moment ? momentText(*moment, nullptr) : _("(none)");
}

nlohmann::json candidateJson(const app::RestoreCandidate& candidate)
{
    nlohmann::json counts = nlohmann::json::object();
    for (const db::RecordCount& count : candidate.counts)
        counts[count.name] = count.count;
    auto moment = [](const std::optional<Timestamp>& value) {
        return value ? nlohmann::json(value->iso8601()) : nlohmann::json();
    };
    return {{"file", candidate.file.string()},
            {"encrypted", candidate.encrypted},
            {"schema_version", candidate.schemaVersion},
            {"counts", counts},
            {"newest_signed_note", moment(candidate.newestSignedNote)},
            {"last_change", moment(candidate.lastChange)}};
}

void printCandidate(const CliContext& context, const app::RestoreCandidate& candidate)
{
    const int latest = static_cast<int>(db::builtInMigrations().size());
    std::vector<std::pair<std::string, std::string>> rows{
        {_("Backup"), candidate.file.string()},
        {_("Encrypted"), candidate.encrypted ? _("yes") : _("no")},
        {_("Format"), candidate.schemaVersion < latest
                          ? formatMessage(_("{} (older: upgraded to {} when restored)"), candidate.schemaVersion, latest)
                          : formatMessage(_("{} (up to date)"), candidate.schemaVersion)},
        {_("Newest signed note"), momentOrNone(candidate.newestSignedNote)},
        {_("Last change"), momentOrNone(candidate.lastChange)},
    };
    for (const db::RecordCount& count : candidate.counts)
        rows.emplace_back(count.label, std::to_string(count.count));
    context.printRows(rows);
}

// Asks on the terminal; refuses when nobody is there to answer.
void confirm(const CliContext& context, const std::filesystem::path& practice)
{
    if (!standardInputIsTerminal())
        throw ValidationError("--yes", "confirmation",
                              _("Not restored: the restore replaces the practice, so it asks first, and there is no "
                                "terminal to ask on. Add --yes to restore from a script."));
    context.err << terminalText(formatMessage(_("Replace the practice {} with this backup? The practice as it is now "
                                                "is kept as a backup first. [y/N] "),
                                              practice.string()))
                << std::flush;
    std::string answer;
    std::getline(std::cin, answer);
    if (answer != "y" && answer != "Y" && answer != _("y") && answer != _("yes"))
        throw ConflictError(formatMessage(_("Not restored; {} is as it was."), practice.string()));
}

// The passphrase that opens the practice about to be replaced (none when there is no practice):
// asked or read as every command does. Opening it to check the passphrase changes nothing.
std::string practicePassphraseOf(const CliContext& context, const std::filesystem::path& practice)
{
    if (!std::filesystem::exists(practice))
        return {};
    return withPracticePassphrase(context, practice, [&](const std::string& passphrase) {
        db::Database::open(practice, db::OpenMode::ExistingOnly, passphrase, db::FileCheck::BeforeFirstWrite);
    });
}

// Looks into the candidate with its passphrase: from --candidate-passphrase-file, else the
// practice's; an encrypted backup that neither opens is asked for on a terminal (three tries).
app::RestoreCandidate inspectCandidate(const CliContext& context, const RestoreOptions& options,
                                       const std::filesystem::path& file, std::string& passphrase)
{
    const bool mayAsk = options.candidatePassphraseFile.empty() && standardInputIsTerminal();
    for (int tries = 0;; ++tries) {
        try {
            return app::inspectRestoreCandidate(file, passphrase);
        } catch (const PassphraseError& error) {
            if (!mayAsk || tries == 3)
                throw;
            if (error.reason() == PassphraseError::Reason::Wrong && tries > 0)
                context.printWarning(_("Wrong passphrase."));
            passphrase = askHidden(_("Passphrase of the backup: "), context.err);
        }
    }
}

void runRestore(CliContext& context, const RestoreOptions& options)
{
    const std::filesystem::path practice = context.practicePath();
    const std::string practicePassphrase = practicePassphraseOf(context, practice);
    const std::filesystem::path candidateFile = std::filesystem::absolute(options.from);
    std::string candidatePassphrase =
        options.candidatePassphraseFile.empty()
            ? practicePassphrase
            : readPassphraseFile(options.candidatePassphraseFile, "--candidate-passphrase-file", context.err);
    const app::RestoreCandidate candidate = inspectCandidate(context, options, candidateFile, candidatePassphrase);
    if (!context.json)
        printCandidate(context, candidate);
    if (!options.yes)
        confirm(context, practice);
    const app::RestoreOutcome outcome =
        app::restorePractice(practice, practicePassphrase, candidateFile, candidatePassphrase, currentLoginName());
    if (context.json) {
        context.printJson({{"practice", practice.string()},
                           {"restored", candidateJson(outcome.restored)},
                           {"replaced_kept_at", outcome.replacedKeptAt.empty()
                                                    ? nlohmann::json()
                                                    : nlohmann::json(outcome.replacedKeptAt.string())}});
        return;
    }
    context.printLine(formatMessage(_("Restored {} from {}."), practice.string(), candidateFile.string()));
    if (!outcome.replacedKeptAt.empty())
        context.printLine(formatMessage(_("The practice it replaced is kept at {}"), outcome.replacedKeptAt.string()));
    if (outcome.restored.encrypted)
        context.printLine(_("The restored practice opens with the backup's passphrase."));
}

} // namespace

void addRestoreCommand(CLI::App& app, CliContext& context)
{
    auto options = std::make_shared<RestoreOptions>();
    CLI::App* restore = app.add_subcommand(
        "restore", _("Put a backup in the practice's place: shows what the backup holds, keeps the practice as it "
                     "is now as a backup, and changes nothing unless the whole restore succeeds"));
    restore->add_option("--from", options->from, _("The backup (or Knotwork practice file) to restore"))
        ->option_text("FILE")
        ->required();
    restore->add_flag("--yes", options->yes, _("Restore without asking (for scripts)"));
    restore->add_option("--candidate-passphrase-file", options->candidatePassphraseFile,
                        _("Read the backup's passphrase from the first line of this file (by default the "
                          "practice's passphrase)"))
        ->option_text("FILE");
    restore->callback([&context, options] { runRestore(context, *options); });
}

} // namespace knotwork::cli
