#include "db/practice_opener.h"

#include "db/migrator.h"
#include "db/practice_swap.h"

namespace knotwork::db {

OpenedPractice openPractice(const std::filesystem::path& file, OpenMode mode, const std::string& actor,
                            const std::string& passphrase)
{
    removeUnfinishedReplacement(file);
    OpenedPractice opened;
    opened.database = Database::open(file, mode, passphrase);
    opened.backupBeforeUpgrade = Migrator(*opened.database).migrate(actor);
    return opened;
}

} // namespace knotwork::db
