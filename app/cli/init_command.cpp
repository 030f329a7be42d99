#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/passphrase_input.h"
#include "app/practice/practice_passphrase.h"
#include "common/i18n.h"
#include "common/user_directories.h"
#include "db/migrator.h"
#include "db/practice_opener.h"

namespace knotwork::cli {

namespace {

void runInit(const CliContext& context)
{
    const std::filesystem::path file = context.practicePath();
    const bool existed = std::filesystem::exists(file);
    db::OpenedPractice opened;
    withPracticePassphrase(context, file, [&](const std::string& passphrase) {
        checkPassphraseOfNewPractice(file, passphrase);
        opened = db::openPractice(file, db::OpenMode::CreateIfMissing, currentLoginName(), passphrase);
    });
    // openPractice either brought the practice to the newest format or threw.
    const int version = db::Migrator(*opened.database).latestVersion();
    const std::string action = !existed ? "created" : opened.backupBeforeUpgrade ? "upgraded" : "unchanged";

    if (context.json) {
        nlohmann::json report{{"path", file.string()}, {"action", action}, {"schema_version", version},
                              {"encrypted", opened.database->encrypted()}};
        report["backup"] = opened.backupBeforeUpgrade ? nlohmann::json(opened.backupBeforeUpgrade->string())
                                                      : nlohmann::json(nullptr);
        context.printJson(report);
    } else if (action == "created") {
        context.printLine(formatMessage(_("Created a new practice at {} (format {})."), file.string(), version));
        if (opened.database->encrypted())
            context.printLine(app::passphraseLossWarning());
    } else if (action == "upgraded") {
        context.printLine(formatMessage(_("Upgraded {} to format {}. The practice as it was is kept at {}."),
                                        file.string(), version, opened.backupBeforeUpgrade->string()));
    } else {
        context.printLine(formatMessage(_("{} is ready (format {}); nothing to do."), file.string(), version));
    }
}

} // namespace

void addInitCommand(CLI::App& app, CliContext& context)
{
    app.add_subcommand("init", _("Create the practice, or upgrade it to this version's format "
                                 "(a copy of the old file is kept beside it)"))
        ->callback([&context] { runInit(context); });
}

} // namespace knotwork::cli
