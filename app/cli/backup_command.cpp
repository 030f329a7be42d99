// knotwork-cli backup [--to FOLDER] | backup list: a checked, private copy of the practice made
// while it stays usable, its off-site copy and the rotation, as the app's File › Back up now.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/file_size_text.h"
#include "app/cli/practice_access.h"
#include "app/cli/restore_command.h"
#include "app/practice/practice_backups.h"
#include "common/date_text.h"
#include "common/i18n.h"

namespace knotwork::cli {

namespace {

nlohmann::json backupJson(const app::BackupFile& backup)
{
    return {{"path", backup.path.string()},
            {"taken_at", backup.takenAt.iso8601()},
            {"bytes", backup.bytes},
            {"before_restore", backup.beforeRestore}};
}

void printOutcome(CliContext& context, const app::BackupOutcome& outcome)
{
    if (context.json) {
        nlohmann::json removed = nlohmann::json::array();
        for (const auto& path : outcome.removed)
            removed.push_back(path.string());
        context.printJson({{"backup", backupJson(outcome.written)},
                           {"offsite_copy", outcome.offsiteCopy ? nlohmann::json(outcome.offsiteCopy->string())
                                                                : nlohmann::json()},
                           {"offsite_problem", outcome.offsiteProblem.empty() ? nlohmann::json()
                                                                               : nlohmann::json(outcome.offsiteProblem)},
                           {"removed", removed}});
        return;
    }
    context.printLine(formatMessage(_("Backed up to {} ({}), checked."), outcome.written.path.string(),
                                    fileSizeText(outcome.written.bytes)));
    if (outcome.offsiteCopy)
        context.printLine(formatMessage(_("Off-site copy: {}"), outcome.offsiteCopy->string()));
    if (!outcome.offsiteProblem.empty())
        context.printLine(formatMessage(_("Off-site copy not made: {}"), outcome.offsiteProblem));
    if (!outcome.removed.empty())
        context.printLine(formatMessage(P_("Removed {} older backup the rotation no longer keeps.",
                                           "Removed {} older backups the rotation no longer keeps.", outcome.removed.size()),
                                        outcome.removed.size()));
}

void runBackup(CliContext& context, const std::string& folder)
{
    PracticeAccess practice(context, db::OpenMode::ExistingOnly);
    std::optional<std::filesystem::path> to;
    if (!folder.empty())
        to = std::filesystem::path(folder);
    const app::BackupOutcome outcome = app::backUpPractice(practice.practice(), to);
    printOutcome(context, outcome);
    if (!outcome.offsiteProblem.empty())
        context.exitCode = kExitFailure;  // the backup is kept; the second copy must be seen to
}

void runList(CliContext& context, const std::string& folder)
{
    PracticeAccess practice(context, db::OpenMode::ExistingOnly);
    practice.practice().database().requireBackupsHere();
    const std::filesystem::path where = folder.empty() ? app::backupFolderOf(practice.practice())
                                                       : std::filesystem::absolute(folder);
    const std::vector<app::BackupFile> backups = app::listBackups(where, context.practicePath());
    if (context.json) {
        nlohmann::json listed = nlohmann::json::array();
        for (const app::BackupFile& backup : backups)
            listed.push_back(backupJson(backup));
        context.printJson({{"folder", where.string()}, {"backups", listed}});
        return;
    }
    if (backups.empty()) {
        context.printLine(formatMessage(_("No backups of this practice in {}."), where.string()));
        return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const app::BackupFile& backup : backups)
        rows.push_back({momentText(backup.takenAt, nullptr), fileSizeText(backup.bytes),
                        backup.beforeRestore ? _("kept before a restore") : "", backup.path.filename().string()});
    context.printLine(formatMessage(_("Backups in {}:"), where.string()));
    context.printTable({_("Taken"), _("Size"), _("Note"), _("File")}, rows);
}

} // namespace

void addBackupCommands(CLI::App& app, CliContext& context)
{
    auto folder = std::make_shared<std::string>();
    CLI::App* backup = app.add_subcommand(
        "backup", _("Back up the practice now: a checked, private copy in the backup folder (and the off-site "
                    "folder when one is set), older backups rotated; list: the backups there"));
    backup->add_option("--to", *folder, _("Write the backup into this folder instead of the practice's backup folder"))
        ->option_text("FOLDER");
    CLI::App* list = backup->add_subcommand("list", _("List the practice's backups, newest first"));
    list->add_option("--in", *folder, _("The folder to look in instead of the practice's backup folder"))
        ->option_text("FOLDER");
    list->callback([&context, folder] { runList(context, *folder); });
    backup->callback([&context, folder, list] {
        if (!list->parsed())
            runBackup(context, *folder);
    });
    addRestoreCommand(app, context);
}

} // namespace knotwork::cli
