#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/passphrase_input.h"
#include "app/cli/recovery_code_text.h"
#include "app/practice/practice_passphrase.h"
#include "common/i18n.h"
#include "common/user_directories.h"
#include "db/migrator.h"
#include "db/practice_opener.h"
#include "db/practice_verifier.h"
#include "db/record_keys.h"

namespace knotwork::cli {

namespace {

// A practice on a clinic server: its (empty) database becomes one, or is upgraded, in one
// transaction of the server's. The server keeps its own backups, so no copy is made here.
void runServerInit(const CliContext& context, const db::ServerAddress& server)
{
    const bool existed = db::Migrator(*db::Database::connect(server, db::OpenMode::CreateIfMissing)).currentVersion() > 0;
    const db::OpenedPractice opened = db::openPractice(server, db::OpenMode::CreateIfMissing, currentLoginName());
    const int version = db::Migrator(*opened.database).latestVersion();
    const std::optional<std::string> recoveryCode = db::pendingRecoveryCode(*opened.database);
    const std::string action = existed ? "unchanged" : "created";
    if (context.json) {
        context.printJson({{"path", server.display()}, {"action", action}, {"schema_version", version},
                           {"encrypted", false}, {"restored", nlohmann::json::array()}, {"backup", nullptr},
                           {"recovery_code", recoveryCode ? nlohmann::json(*recoveryCode) : nlohmann::json(nullptr)}});
    } else if (!existed) {
        context.printLine(formatMessage(_("Created a new practice on the clinic server {} (format {})."),
                                        server.display(), version));
    } else {
        context.printLine(formatMessage(_("{} is ready (format {}); nothing to do."), server.display(), version));
    }
    if (recoveryCode && !context.json) {
        printRecoveryCode(context, *recoveryCode);
        context.printLine(_("Every other desk that records in this practice needs this code once: knotwork-cli "
                            "key restore on that computer."));
    }
    db::markRecoveryCodeShown(*opened.database);
}

void runInit(const CliContext& context)
{
    if (const std::optional<db::ServerAddress> server = context.practiceServer()) {
        runServerInit(context, *server);
        return;
    }
    const std::filesystem::path file = context.practicePath();
    // An empty file becomes the practice, as a missing one does.
    std::error_code error;
    const bool existed = std::filesystem::exists(file) && std::filesystem::file_size(file, error) > 0;
    db::OpenedPractice opened;
    withPracticePassphrase(context, file, [&](const std::string& passphrase) {
        checkPassphraseOfNewPractice(file, passphrase);
        opened = db::openPractice(file, db::OpenMode::CreateIfMissing, currentLoginName(), passphrase);
    });
    // openPractice either brought the practice to the newest format or threw.
    const int version = db::Migrator(*opened.database).latestVersion();
    // A trigger or index someone dropped or changed behind Knotwork's back is put back; what was
    // changed meanwhile stays for `verify` to name.
    const std::vector<std::string> restored =
        existed ? db::restoreBuiltInSchemaObjects(*opened.database, currentLoginName()) : std::vector<std::string>{};
    const std::string action = !existed ? "created" : opened.backupBeforeUpgrade ? "upgraded" : "unchanged";
    // A plain practice whose record chain has just started: its key's code, shown once.
    const std::optional<std::string> recoveryCode = db::pendingRecoveryCode(*opened.database);

    if (context.json) {
        nlohmann::json report{{"path", file.string()}, {"action", action}, {"schema_version", version},
                              {"encrypted", opened.database->encrypted()}};
        report["restored"] = restored;
        report["backup"] = opened.backupBeforeUpgrade ? nlohmann::json(opened.backupBeforeUpgrade->string())
                                                      : nlohmann::json(nullptr);
        report["recovery_code"] = recoveryCode ? nlohmann::json(*recoveryCode) : nlohmann::json(nullptr);
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
    if (recoveryCode && !context.json)
        printRecoveryCode(context, *recoveryCode);
    db::markRecoveryCodeShown(*opened.database);
    if (!context.json && !restored.empty()) {
        std::string names;
        for (const std::string& name : restored)
            names += (names.empty() ? "" : ", ") + name;
        context.out << formatMessage(P_("Put back Knotwork's own safeguard that was removed or changed: {1}. Run "
                                        "knotwork-cli verify to see whether records were changed meanwhile.",
                                        "Put back {0} of Knotwork's own safeguards that were removed or changed: {1}. "
                                        "Run knotwork-cli verify to see whether records were changed meanwhile.",
                                        restored.size()),
                                     restored.size(), names)
                    << '\n';
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
