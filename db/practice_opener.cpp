#include "db/practice_opener.h"

#include "db/migrator.h"
#include "db/practice_swap.h"
#include "db/record_keys.h"

namespace knotwork::db {

OpenedPractice openPractice(const std::filesystem::path& file, OpenMode mode, const std::string& actor,
                            const std::string& passphrase, FileCheck check)
{
    removeUnfinishedReplacement(file);
    OpenedPractice opened;
    opened.database = Database::open(file, mode, passphrase, check);
    // A started chain's keys first, so the audit rows of an upgrade are sealed too.
    opened.database->setChainKeys(loadChainKeys(*opened.database));
    opened.backupBeforeUpgrade = Migrator(*opened.database).migrate(actor);
    startOrLoadChain(*opened.database, actor);
    return opened;
}

} // namespace knotwork::db
