#include "app/practice/practice_migration.h"

#include <nlohmann/json.hpp>

#include "app/practice/practice_files.h"
#include "common/durable_file.h"
#include "common/error.h"
#include "common/i18n.h"
#include "db/chain_verifier.h"
#include "db/migrator.h"
#include "db/practice_swap.h"
#include "db/record_keys.h"
#include "db/write_transaction.h"

namespace knotwork::app {

namespace fs = std::filesystem;

namespace {

void requireSameRows(const db::Database& target, const std::vector<db::TableRowCount>& sent,
                     const std::vector<db::TableRowCount>& arrived)
{
    for (std::size_t i = 0; i < sent.size(); ++i)
        if (sent[i].rows != arrived[i].rows)
            throw StorageError(formatMessage(_("The copy in {} was not kept: its table {} has {} rows where the "
                                               "practice has {}."),
                                             target.where(), sent[i].table, arrived[i].rows, sent[i].rows));
}

// The practice's record keys, held here, stored the way the new practice keeps them; and the
// chain checked as it arrived.
long long continueAndCheckChain(db::Database& source, db::Database& target)
{
    const integrity::ChainKeyring keys = db::loadChainKeys(target, source.passphrase());
    target.setChainKeys(keys);
    if (db::recordKeyMissing(target))
        throw RecordKeyMissingError(formatMessage(
            _("{} cannot be moved from this computer: its record key is not here, so its records could not be "
              "shown to arrive unchanged. Restore the key with its recovery code first (knotwork-cli key restore)."),
            source.where()));
    db::storeChainKeysFor(target, keys, target.passphrase());
    integrity::IntegrityReport report;
    db::verifyRecordChain(target, report, [](int) {});
    if (!report.intact())
        throw StorageError(formatMessage(_("The copy in {} was not kept: {} {}"), target.where(),
                                         report.findings.front().subject, report.findings.front().problem));
    return report.linksChecked;
}

// Fills the empty `target` with the practice in `source`, checks it and records the move, in one
// transaction.
MigrationOutcome fill(db::Database& source, db::Database& target, const std::string& actor)
{
    MigrationOutcome outcome;
    target.beginWrite();
    try {
        outcome.tables = db::copyPracticeInto(source, target);
        requireSameRows(target, outcome.tables, db::rowCounts(target, outcome.tables));
        outcome.linksChecked = continueAndCheckChain(source, target);
        outcome.recoveryCode = db::pendingRecoveryCode(target);
        db::markRecoveryCodeShown(target);
        db::WriteTransaction transaction(target, actor);
        transaction.audit({"practice", "", "migrate", std::nullopt, nlohmann::json{{"from", source.where()}}.dump()});
        transaction.commit();
        target.commitWrite();
    } catch (...) {
        if (target.inWrite())
            target.rollbackWrite();
        throw;
    }
    return outcome;
}

} // namespace

MigrationOutcome migratePracticeToServer(db::Database& source, const db::ServerAddress& server,
                                         const std::string& actor)
{
    const std::unique_ptr<db::Database> target = db::Database::connect(server, db::OpenMode::CreateIfMissing);
    if (db::Migrator(*target).currentVersion() > 0)
        throw ConflictError(formatMessage(_("{} holds a practice already. Moving one there needs an empty database "
                                            "(see docs/CLINIC-SERVER.md)."),
                                          server.display()));
    return fill(source, *target, actor);
}

MigrationOutcome migratePracticeToFile(db::Database& source, const fs::path& file, const std::string& passphrase,
                                       const std::string& actor)
{
    std::error_code error;
    if (fs::exists(file, error) && fs::file_size(file, error) > 0)
        throw ConflictError(formatMessage(_("There is a file at {} already. Moving a practice makes a new one: name "
                                            "a file that does not exist."),
                                          file.string()));
    db::removeUnfinishedReplacement(file);
    const fs::path scratch = partialPathFor(file);
    MigrationOutcome outcome;
    try {
        {
            auto target = db::Database::open(scratch, db::OpenMode::CreateIfMissing, passphrase);
            outcome = fill(source, *target, actor);
        }  // closed: SQLite folds the WAL into the file and removes it
        syncFile(scratch);
        db::swapInPractice(scratch, file);
    } catch (...) {
        removePracticeFiles(scratch);
        throw;
    }
    return outcome;
}

} // namespace knotwork::app
