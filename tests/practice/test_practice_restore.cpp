#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/practice/practice_backups.h"
#include "app/practice/practice_restore.h"
#include "common/error.h"
#include "db/migrator.h"
#include "db/practice_verifier.h"
#include "db/record_keys.h"
#include "practice_fixture.h"
#include "support/practice_files.h"
#include "support/diagnosed_client.h"
#include "support/signed_visit.h"
#include "support/treatment_consent.h"

namespace knotwork::app {
namespace {

namespace fs = std::filesystem;
using testing::PracticeFolder;
using testing::readBytes;
using testing::sqliteQuery;

constexpr char kPassphrase[] = "correct horse battery staple";

long long countOf(const RestoreCandidate& candidate, const std::string& name)
{
    for (const db::RecordCount& count : candidate.counts)
        if (count.name == name)
            return count.count;
    return -1;
}

// Leftovers a restore must never leave beside the practice.
void expectNoPartialFiles(const fs::path& folder)
{
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        EXPECT_EQ(entry.path().string().find(".partial"), std::string::npos) << entry.path();
}

// A practice with two clients and a backup of it, then a third client the backup lacks.
class Restore : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto practice = folder.open();
        PracticeFolder::addClients(*practice, 1);
        const auto client = testing::diagnosedClient(practice->clientService(), {clients::HeadacheType::TensionType});
        testing::signSampleVisit(practice->sessionService(), client, Date(2026, 11, 20));
        backup = backUpPractice(*practice).written.path;
        PracticeFolder::addClients(*practice, 1, "Later");
    }

    std::string clientsInPractice() { return sqliteQuery(folder.practiceFile(), "SELECT COUNT(*) FROM clients"); }

    PracticeFolder folder;
    fs::path backup;
};

TEST_F(Restore, InspectingACandidateTellsWhatItHoldsAndChangesNoByte)
{
    const std::string before = readBytes(backup);
    const RestoreCandidate candidate = inspectRestoreCandidate(backup, "");
    EXPECT_TRUE(readBytes(backup) == before);
    EXPECT_EQ(fs::directory_iterator(backup.parent_path())->path(), backup) << "nothing written beside it";

    EXPECT_EQ(candidate.file, backup);
    EXPECT_FALSE(candidate.encrypted);
    EXPECT_EQ(candidate.schemaVersion, static_cast<int>(db::builtInMigrations().size()));
    EXPECT_EQ(countOf(candidate, "clients"), 2);
    EXPECT_EQ(countOf(candidate, "session_notes"), 1);
    ASSERT_TRUE(candidate.newestSignedNote);
    EXPECT_EQ(*candidate.newestSignedNote, Clock::stoppedOn(Date(2026, 11, 23)).now());
    ASSERT_TRUE(candidate.lastChange);
}

TEST_F(Restore, APracticeFileOfferedAsTheBackupIsOnlyRead)
{
    const fs::path oldLaptop = folder.path("old laptop #2?.sqlite");
    PracticeFolder::openFile(oldLaptop);  // opened and closed: a WAL-mode practice file
    const std::string before = readBytes(oldLaptop);
    EXPECT_EQ(inspectRestoreCandidate(oldLaptop, "").schemaVersion, static_cast<int>(db::builtInMigrations().size()));
    EXPECT_TRUE(readBytes(oldLaptop) == before);
    EXPECT_FALSE(fs::exists(folder.path("old laptop #2?.sqlite-wal")));
    EXPECT_FALSE(fs::exists(folder.path("old laptop #2?.sqlite-shm")));
}

TEST_F(Restore, ReplacesThePracticeKeepsTheReplacedOneAndAuditsTheRestore)
{
    const RestoreOutcome outcome = restorePractice(folder.practiceFile(), "", backup, "", "Ana Lima");

    EXPECT_EQ(clientsInPractice(), "2");
    ASSERT_FALSE(outcome.replacedKeptAt.empty());
    EXPECT_EQ(outcome.replacedKeptAt.parent_path(), backup.parent_path());
    EXPECT_NE(outcome.replacedKeptAt.filename().string().find("before-restore"), std::string::npos);
    EXPECT_EQ(sqliteQuery(outcome.replacedKeptAt, "SELECT COUNT(*) FROM clients"), "3");
    EXPECT_EQ(testing::permissionBits(outcome.replacedKeptAt), 0600u);

    const auto before = nlohmann::json::parse(sqliteQuery(
        folder.practiceFile(), "SELECT before_state FROM audit_log WHERE entity = 'practice' AND action = 'restore'"));
    EXPECT_EQ(before["kept_at"], outcome.replacedKeptAt.string());
    const auto after = nlohmann::json::parse(
        sqliteQuery(folder.practiceFile(), "SELECT after_state FROM audit_log WHERE action = 'restore'"));
    EXPECT_EQ(after["candidate"], backup.string());
    EXPECT_EQ(after["counts"]["clients"], 2);
    EXPECT_EQ(sqliteQuery(folder.practiceFile(), "SELECT actor FROM audit_log WHERE action = 'restore'"), "Ana Lima");

    auto reopened = folder.open();
    EXPECT_EQ(reopened->clientService().clients().count({}, Date(2026, 11, 23)), 2);
    const auto listed = listBackups(backup.parent_path(), folder.practiceFile());
    EXPECT_EQ(listed.size(), 2u) << "the backup and the practice kept before the restore";
    expectNoPartialFiles(folder.path(""));
}

TEST_F(Restore, ADamagedCandidateIsRefusedAndNothingChanges)
{
    const fs::path damaged = folder.path("damaged.knotwork-backup");
    std::string bytes = readBytes(backup);
    for (std::size_t page = 4096; page < bytes.size(); page += 4096)  // every b-tree page's header
        bytes.replace(page, 12, std::string(12, '\x5a'));
    testing::writeBytes(damaged, bytes);
    const std::string practiceBefore = readBytes(folder.practiceFile());

    EXPECT_THROW(inspectRestoreCandidate(damaged, ""), PracticeFileError);
    EXPECT_THROW(restorePractice(folder.practiceFile(), "", damaged, "", "Ana Lima"), PracticeFileError);

    EXPECT_TRUE(readBytes(folder.practiceFile()) == practiceBefore);
    EXPECT_TRUE(readBytes(damaged) == bytes);
    EXPECT_EQ(listBackups(backup.parent_path(), folder.practiceFile()).size(), 1u) << "nothing kept";
    expectNoPartialFiles(folder.path(""));
}

TEST_F(Restore, AFileThatIsNoPracticeOrFromANewerKnotworkIsRefused)
{
    const std::string practiceBefore = readBytes(folder.practiceFile());
    const fs::path text = folder.path("notes.txt");
    testing::writeBytes(text, std::string(8192, 'x'));
    EXPECT_THROW(restorePractice(folder.practiceFile(), "", text, "", "Ana Lima"), PracticeFileError);

    const fs::path otherDatabase = folder.path("other.sqlite");
    db::Database::open(otherDatabase, db::OpenMode::CreateIfMissing)->session() << "CREATE TABLE things (id INTEGER)";
    EXPECT_THROW(inspectRestoreCandidate(otherDatabase, ""), PracticeFileError);

    const fs::path newer = folder.path("newer.knotwork-backup");
    fs::copy_file(backup, newer);
    sqliteQuery(newer, "INSERT INTO schema_version (version, name, applied_at, applied_by_version) "
                       "VALUES (999, 'future', '2030-01-01T00:00:00Z', '99')");
    try {
        restorePractice(folder.practiceFile(), "", newer, "", "Ana Lima");
        FAIL() << "restored a practice from a newer Knotwork";
    } catch (const PracticeFileError& error) {
        EXPECT_NE(std::string(error.what()).find("newer Knotwork"), std::string::npos) << error.what();
    }
    EXPECT_TRUE(readBytes(folder.practiceFile()) == practiceBefore);
    expectNoPartialFiles(folder.path(""));
}

TEST(RestoreOlderFormat, AnOlderCandidateIsUpgradedInTheRestoredCopy)
{
    PracticeFolder folder;
    folder.open();
    const fs::path older = folder.path("older.sqlite");
    {
        auto database = db::Database::open(older, db::OpenMode::CreateIfMissing);
        std::vector<db::Migration> first(db::builtInMigrations().begin(), db::builtInMigrations().end() - 1);
        db::Migrator(*database, first).migrate("an older Knotwork");
    }
    const std::string olderBytes = readBytes(older);
    const int latest = static_cast<int>(db::builtInMigrations().size());

    EXPECT_EQ(inspectRestoreCandidate(older, "").schemaVersion, latest - 1);
    restorePractice(folder.practiceFile(), "", older, "", "Ana Lima");

    EXPECT_EQ(sqliteQuery(folder.practiceFile(), "SELECT MAX(version) FROM schema_version"), std::to_string(latest));
    EXPECT_EQ(sqliteQuery(folder.practiceFile(), "SELECT COUNT(*) FROM audit_log WHERE action = 'restore'"), "1");
    EXPECT_TRUE(readBytes(older) == olderBytes);
    expectNoPartialFiles(folder.path(""));
}

TEST(RestoreNewComputer, ABackupBecomesThePracticeWhereThereIsNone)
{
    PracticeFolder folder;
    fs::path backup;
    {
        auto practice = PracticeFolder::openFile(folder.path("old-laptop.sqlite"));
        PracticeFolder::addClients(*practice, 2);
        backup = backUpPractice(*practice, folder.path("usb")).written.path;
    }
    const RestoreOutcome outcome = restorePractice(folder.practiceFile(), "", backup, "", "Ana Lima");
    EXPECT_TRUE(outcome.replacedKeptAt.empty());
    EXPECT_EQ(sqliteQuery(folder.practiceFile(), "SELECT COUNT(*) FROM clients"), "2");
    EXPECT_EQ(testing::permissionBits(folder.practiceFile()), 0600u);
}

// The laptop was lost with its key file: the backup goes back as it was, reads at once, and takes
// writes again once its recovery code is entered, its chain whole.
TEST(RestoreNewComputer, ABackupWithoutItsRecordKeyHereIsRestoredAndTakesItsRecoveryCode)
{
    PracticeFolder folder;
    fs::path backup;
    std::string code;
    {
        auto practice = PracticeFolder::openFile(folder.path("old-laptop.sqlite"));
        PracticeFolder::addClients(*practice, 2);
        code = practice->pendingRecoveryCode().value();
        backup = backUpPractice(*practice, folder.path("usb")).written.path;
    }
    fs::remove_all(db::recordKeyFolder());

    restorePractice(folder.practiceFile(), "", backup, "", "Ana Lima");
    auto restored = PracticeFolder::openFile(folder.practiceFile());
    EXPECT_TRUE(restored->recordKeyMissing());
    EXPECT_EQ(sqliteQuery(folder.practiceFile(), "SELECT COUNT(*) FROM clients"), "2");
    EXPECT_THROW(PracticeFolder::addClients(*restored, 1), RecordKeyMissingError);

    restored->restoreRecordKey(code);
    PracticeFolder::addClients(*restored, 1, "Later");
    const integrity::IntegrityReport report = db::verifyPractice(restored->database());
    EXPECT_TRUE(report.intact()) << report.summary();
    EXPECT_EQ(report.linksUnchecked, 0);
}

// One test only: each encrypted opening derives the key, which is slow on purpose.
TEST(RestoreEncrypted, AnEncryptedBackupRestoresWithItsPassphraseAndStaysEncrypted)
{
    PracticeFolder folder;
    fs::path backup;
    {
        auto practice = PracticeFolder::openFile(folder.path("secret.sqlite"), kPassphrase);
        PracticeFolder::addClients(*practice, 1);
        backup = backUpPractice(*practice).written.path;
    }
    EXPECT_EQ(readBytes(backup).find("Quennell"), std::string::npos);
    folder.open();
    const std::string practiceBefore = readBytes(folder.practiceFile());
    EXPECT_THROW(inspectRestoreCandidate(backup, ""), PassphraseError);
    EXPECT_THROW(restorePractice(folder.practiceFile(), "", backup, "wrong passphrase", "Ana Lima"), PassphraseError);
    EXPECT_TRUE(readBytes(folder.practiceFile()) == practiceBefore);

    const RestoreOutcome outcome = restorePractice(folder.practiceFile(), "", backup, kPassphrase, "Ana Lima");
    EXPECT_TRUE(outcome.restored.encrypted);
    EXPECT_EQ(readBytes(folder.practiceFile()).find("Quennell"), std::string::npos);
    EXPECT_THROW(db::Database::open(folder.practiceFile(), db::OpenMode::ExistingOnly), PassphraseError);
    auto restored = PracticeFolder::openFile(folder.practiceFile(), kPassphrase);
    EXPECT_EQ(restored->clientService().clients().count({}, Date(2026, 11, 23)), 1);
}

} // namespace
} // namespace knotwork::app
