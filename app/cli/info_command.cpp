#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/passphrase_input.h"
#include "app/cli/practice_access.h"
#include "common/error.h"
#include "common/i18n.h"
#include "app/cli/exit_codes.h"
#include "app/cli/file_size_text.h"
#include "db/practice_summary.h"

namespace knotwork::cli {

namespace {

std::string formatStatusKey(const db::PracticeSummary& summary)
{
    if (summary.schemaVersion > summary.supportedSchemaVersion)
        return "newer";
    return summary.schemaVersion < summary.supportedSchemaVersion ? "needs_upgrade" : "up_to_date";
}

std::string describeFormat(const db::PracticeSummary& summary)
{
    const std::string status = formatStatusKey(summary);
    if (status == "newer")
        return formatMessage(_("{} (written by a newer Knotwork; this one reads up to {})"),
                             summary.schemaVersion, summary.supportedSchemaVersion);
    if (status == "needs_upgrade")
        return formatMessage(_("{} (older: run knotwork-cli init to upgrade it to {})"),
                             summary.schemaVersion, summary.supportedSchemaVersion);
    return formatMessage(_("{} (up to date)"), summary.schemaVersion);
}

std::unique_ptr<db::Database> openForSummary(CliContext& context)
{
    if (const std::optional<db::ServerAddress> server = context.practiceServer())
        return db::Database::connect(*server, db::OpenMode::ExistingOnly);
    const std::filesystem::path file = context.practicePath();
    if (!std::filesystem::exists(file))
        throw noPracticeAt(file);
    std::unique_ptr<db::Database> database;
    withPracticePassphrase(context, file, [&](const std::string& passphrase) {
        // The summary runs integrity_check itself, the fuller check.
        database = db::Database::open(file, db::OpenMode::ExistingOnly, passphrase, db::FileCheck::BeforeFirstWrite);
    });
    return database;
}

void runInfo(CliContext& context)
{
    const std::unique_ptr<db::Database> database = openForSummary(context);
    const db::PracticeSummary summary = db::summarizePractice(*database);
    if (summary.integrity != "ok")
        context.exitCode = kExitPracticeUnusable;

    if (context.json) {
        nlohmann::json counts = nlohmann::json::object();
        for (const db::RecordCount& count : summary.counts)
            counts[count.name] = count.count;
        nlohmann::json info{{summary.onServer ? "server" : "path", summary.where},
                            {summary.onServer ? "database_bytes" : "file_bytes", summary.storedBytes},
                            {"schema_version", summary.schemaVersion},
                            {"supported_schema_version", summary.supportedSchemaVersion},
                            {"format_status", formatStatusKey(summary)},
                            {"counts", counts}};
        if (!summary.onServer)
            info["integrity"] = summary.integrity;  // a server keeps its own pages whole
        context.printJson(info);
        return;
    }
    std::vector<std::pair<std::string, std::string>> rows{
        {summary.onServer ? _("Clinic server") : _("Practice"), summary.where},
        {_("Size"), fileSizeText(summary.storedBytes)},
        {_("Format"), describeFormat(summary)},
    };
    if (!summary.onServer)
        rows.emplace_back(_("Integrity"), summary.integrity);
    for (const db::RecordCount& count : summary.counts)
        rows.emplace_back(count.label, std::to_string(count.count));
    context.printRows(rows);
}

} // namespace

void addInfoCommand(CLI::App& app, CliContext& context)
{
    app.add_subcommand("info", _("Show the practice's format, integrity check and record counts"))
        ->callback([&context] { runInfo(context); });
}

} // namespace knotwork::cli
