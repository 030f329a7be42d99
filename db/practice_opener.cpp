#include "db/practice_opener.h"

#include "db/migrator.h"
#include "db/practice_roles.h"
#include "db/practice_swap.h"
#include "db/record_keys.h"

namespace knotwork::db {

namespace {

// Upgrades the open practice and loads or starts its record chain.
OpenedPractice readiedForWork(std::unique_ptr<Database> database, const std::string& given)
{
    OpenedPractice opened;
    opened.database = std::move(database);
    const std::string actor = auditActor(*opened.database, given);
    // A started chain's keys first, so the audit rows of an upgrade are sealed too.
    opened.database->setChainKeys(loadChainKeys(*opened.database));
    opened.backupBeforeUpgrade = Migrator(*opened.database).migrate(actor);
    startOrLoadChain(*opened.database, actor);
    return opened;
}

} // namespace

OpenedPractice openPractice(const std::filesystem::path& file, OpenMode mode, const std::string& actor,
                            const std::string& passphrase, FileCheck check)
{
    removeUnfinishedReplacement(file);
    return readiedForWork(Database::open(file, mode, passphrase, check), actor);
}

OpenedPractice openPractice(const ServerAddress& server, OpenMode mode, const std::string& actor)
{
    return readiedForWork(Database::connect(server, mode), actor);
}

} // namespace knotwork::db
