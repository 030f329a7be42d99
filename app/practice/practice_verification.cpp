#include "app/practice/practice_verification.h"

#include <soci/soci.h>

#include "db/database.h"
#include "db/practice_verifier.h"
#include "db/record_keys.h"

namespace knotwork::app {

integrity::IntegrityReport verifyPracticeFile(const std::filesystem::path& file, const std::string& passphrase,
                                              const std::function<void(int)>& progress)
{
    return verifyPracticeFileAgainst(file, passphrase, {}, progress);
}

namespace {

integrity::IntegrityReport verifiedAgainst(db::Database& database, const std::vector<integrity::ChainHead>& witnesses,
                                           const std::function<void(int)>& progress)
{
    database.setChainKeys(db::loadChainKeys(database));
    integrity::IntegrityReport report = db::verifyPractice(database, progress);
    for (const integrity::ChainHead& witness : witnesses)
        db::checkWitness(database, witness, report);
    return report;
}

} // namespace

integrity::IntegrityReport verifyPracticeFileAgainst(const std::filesystem::path& file, const std::string& passphrase,
                                                     const std::vector<integrity::ChainHead>& witnesses,
                                                     const std::function<void(int)>& progress)
{
    // verifyPractice runs integrity_check, the fuller check, itself.
    const std::unique_ptr<db::Database> database =
        db::Database::open(file, db::OpenMode::ExistingOnly, passphrase, db::FileCheck::BeforeFirstWrite);
    // This connection never writes, whatever a bug below might try.
    database->session() << "PRAGMA query_only = ON";
    return verifiedAgainst(*database, witnesses, progress);
}

integrity::IntegrityReport verifyPracticeOnServerAgainst(const db::ServerAddress& server,
                                                         const std::vector<integrity::ChainHead>& witnesses,
                                                         const std::function<void(int)>& progress)
{
    // The schema check builds Knotwork's own schema beside the practice's and rolls it back, so
    // this connection is not made read-only.
    const std::unique_ptr<db::Database> database = db::Database::connect(server, db::OpenMode::ExistingOnly);
    return verifiedAgainst(*database, witnesses, progress);
}

integrity::IntegrityReport verifyPracticeAt(const PracticeLocation& location, const std::string& passphrase,
                                            const std::function<void(int)>& progress)
{
    if (const db::ServerAddress* server = location.server())
        return verifyPracticeOnServerAgainst(*server, {}, progress);
    return verifyPracticeFile(location.file(), passphrase, progress);
}

} // namespace knotwork::app
