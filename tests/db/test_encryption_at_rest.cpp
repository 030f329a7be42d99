// What SQLCipher 4.6 does with an encrypted practice's bytes on every path by which Knotwork
// writes them (the practice, its WAL, a backup, the copy kept before an upgrade), and the two
// paths that could write plaintext from an encrypted source: VACUUM INTO and the backup API.
#include <gtest/gtest.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "app/practice/practice_context.h"
#include "common/error.h"
#include "db/migrator.h"
#include "db/practice_opener.h"
#include "db/write_transaction.h"
#include "support/new_client.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

namespace fs = std::filesystem;

constexpr char kPassphrase[] = "correct horse battery staple";
const Date kToday(2026, 11, 23);

using testing::readBytes;

bool holdsTheName(const fs::path& file)
{
    return readBytes(file).find("Quennell") != std::string::npos;
}

fs::path encryptedPracticeWithQuennell(const testing::TempDir& dir)
{
    const auto file = dir / "practice.sqlite";
    app::PracticeContext practice(file, OpenMode::CreateIfMissing, "Ana Lima", Clock::stoppedOn(kToday), kPassphrase);
    practice.clientService().saveIntake(testing::newClient("Quennell", "Zo\xC3\xAB"));
    return file;
}

sqlite_api::sqlite3* connectionOf(Database& database)
{
    return static_cast<soci::sqlite3_session_backend*>(database.session().get_backend())->conn_;
}

TEST(EncryptionAtRest, NoFileKnotworkWritesFromAnEncryptedPracticeHoldsAClientsName)
{
    testing::TempDir dir;
    const auto file = encryptedPracticeWithQuennell(dir);
    EXPECT_FALSE(holdsTheName(file));

    app::PracticeContext practice(file, OpenMode::ExistingOnly, "Ana Lima", Clock::stoppedOn(kToday), kPassphrase);
    practice.clientService().saveIntake(testing::newClient("Quennell", "Albert"));
    const fs::path wal = fs::path(file) += "-wal";
    ASSERT_GT(fs::file_size(wal), 0u) << "the new client is in the write-ahead log while the practice is open";
    EXPECT_FALSE(holdsTheName(wal));

    practice.database().backupTo(dir / "backup.sqlite");
    EXPECT_FALSE(holdsTheName(dir / "backup.sqlite"));
    EXPECT_THROW(Database::open(dir / "backup.sqlite", OpenMode::ExistingOnly), PassphraseError);
}

TEST(EncryptionAtRest, TheCopyKeptBeforeAnEncryptedPracticeIsUpgradedIsEncryptedToo)
{
    testing::TempDir dir;
    const auto file = dir / "older.sqlite";
    {
        auto database = Database::open(file, OpenMode::CreateIfMissing, kPassphrase);
        const std::vector<Migration> older(builtInMigrations().begin(), builtInMigrations().end() - 1);
        Migrator(*database, older).migrate("setup");
        WriteTransaction transaction(*database, "Ana Lima");
        transaction.audit({"client", "1", "create", std::nullopt, R"({"family_name":"Quennell"})"});
        transaction.commit();
    }
    const OpenedPractice upgraded = openPractice(file, OpenMode::ExistingOnly, "Ana Lima", kPassphrase);
    ASSERT_TRUE(upgraded.backupBeforeUpgrade);
    EXPECT_FALSE(holdsTheName(*upgraded.backupBeforeUpgrade));
    EXPECT_FALSE(holdsTheName(file));
    EXPECT_EQ(Database::open(*upgraded.backupBeforeUpgrade, OpenMode::ExistingOnly, kPassphrase)->integrityCheck(),
              "ok");
}

// SQLCipher 4.6 as it is: VACUUM INTO keeps the source's key, and the backup API refuses a plain
// destination for an encrypted source, so neither can leak plaintext. Should a later SQLCipher
// change either, this test fails before a backup does.
TEST(EncryptionAtRest, SqlCipherWritesNoPlaintextThroughVacuumIntoOrTheBackupApi)
{
    testing::TempDir dir;
    const auto file = encryptedPracticeWithQuennell(dir);
    auto database = Database::open(file, OpenMode::ExistingOnly, kPassphrase);

    const fs::path vacuumed = dir / "vacuumed.sqlite";
    ASSERT_EQ(sqlite_api::sqlite3_exec(connectionOf(*database), ("VACUUM INTO '" + vacuumed.string() + "'").c_str(),
                                       nullptr, nullptr, nullptr),
              SQLITE_OK);
    EXPECT_FALSE(holdsTheName(vacuumed));
    EXPECT_EQ(Database::open(vacuumed, OpenMode::ExistingOnly, kPassphrase)->integrityCheck(), "ok");

    const fs::path plain = dir / "plain.sqlite";
    EXPECT_THROW(copyDatabase(connectionOf(*database), "", plain), StorageError);
    EXPECT_FALSE(fs::exists(plain));
    EXPECT_FALSE(fs::exists(dir / "plain.sqlite.partial"));
}

} // namespace
} // namespace knotwork::db
