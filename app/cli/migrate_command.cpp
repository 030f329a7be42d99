#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/passphrase_input.h"
#include "app/cli/practice_access.h"
#include "app/cli/recovery_code_text.h"
#include "app/practice/practice_migration.h"
#include "common/i18n.h"
#include "common/user_directories.h"

namespace knotwork::cli {

namespace {

struct MigrateOptions {
    std::string from;
    std::string to;
    std::string toPassphraseFile;
};

void runMigrate(const CliContext& context, const MigrateOptions& options)
{
    // The practice moved is opened as --db would open it: its passphrase from --passphrase-file or
    // asked for, a server's password from the address, PGPASSWORD or ~/.pgpass.
    CliContext sourceContext = context;
    sourceContext.practiceOption = options.from;
    PracticeAccess source(sourceContext, db::OpenMode::ExistingOnly);
    db::Database& database = source.practice().database();

    app::MigrationOutcome outcome;
    std::string destination;
    if (db::ServerAddress::looksLikeServer(options.to)) {
        if (!options.toPassphraseFile.empty())
            throw ValidationError("--to-passphrase-file", "file-only",
                                  _("A practice on a clinic server has no passphrase of its own "
                                    "(the server's accounts and TLS protect it); leave the option out."));
        const db::ServerAddress server = db::ServerAddress::parse(options.to);
        destination = server.display();
        outcome = app::migratePracticeToServer(database, server, currentLoginName());
    } else {
        const std::filesystem::path file = std::filesystem::absolute(options.to);
        destination = file.string();
        const std::string passphrase = options.toPassphraseFile.empty()
            ? std::string()
            : readPassphraseFile(options.toPassphraseFile, "--to-passphrase-file", context.err);
        outcome = app::migratePracticeToFile(database, file, passphrase, currentLoginName());
    }

    long long rows = 0;
    nlohmann::json tables = nlohmann::json::object();
    for (const db::TableRowCount& table : outcome.tables) {
        rows += table.rows;
        tables[table.table] = table.rows;
    }
    if (context.json) {
        context.printJson({{"from", database.where()}, {"to", destination}, {"tables", tables},
                           {"chain_links_checked", outcome.linksChecked},
                           {"recovery_code", outcome.recoveryCode ? nlohmann::json(*outcome.recoveryCode)
                                                                  : nlohmann::json(nullptr)}});
        return;
    }
    context.printLine(formatMessage(_("Copied {} to {}: {} rows in {} tables, each table counted alike on both "
                                      "sides, and all {} links of the record chain checked on arrival."),
                                    database.where(), destination, rows, outcome.tables.size(), outcome.linksChecked));
    context.printLine(formatMessage(_("{} is unchanged. If the desks are to work on {} from now on, put the old one "
                                      "away so nobody records in it by mistake."),
                                    database.where(), destination));
    if (outcome.recoveryCode)
        printRecoveryCode(context, *outcome.recoveryCode);
}

} // namespace

void addMigrateCommand(CLI::App& app, CliContext& context)
{
    auto options = std::make_shared<MigrateOptions>();
    CLI::App* migrate = app.add_subcommand(
        "migrate", _("Copy a practice between a file and a clinic server (postgresql://user@host/database), either "
                     "way, checked on arrival"));
    migrate->add_option("--from", options->from, _("The practice to copy: a file or a server address"))
        ->required()
        ->option_text("PRACTICE");
    migrate->add_option("--to", options->to,
                        _("Where to: a new file, or an empty database on a clinic server"))
        ->required()
        ->option_text("PRACTICE");
    migrate->add_option("--to-passphrase-file", options->toPassphraseFile,
                        _("Encrypt the new practice file with the passphrase on this file's first line"))
        ->option_text("FILE");
    migrate->callback([&context, options] { runMigrate(context, *options); });
}

} // namespace knotwork::cli
