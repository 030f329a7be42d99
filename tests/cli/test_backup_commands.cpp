#include <gtest/gtest.h>

#include <chrono>

#include "cli_practice_test.h"
#include "support/practice_files.h"

namespace knotwork::cli {
namespace {

namespace fs = std::filesystem;
using knotwork::testing::partialFiles;
using knotwork::testing::sqliteQuery;

class BackupCommands : public CliPracticeTest {
protected:
    void SetUp() override
    {
        CliPracticeTest::SetUp();
        ASSERT_EQ(cli({"client", "add", "--family-name", "Quennell", "--given-names", "Zoë"}).exitCode, 0);
    }

    fs::path backupFolder() const { return m_dir / "data" / "knotwork" / "backups" / "practice"; }
};

TEST_F(BackupCommands, BackupSaysWhereItWroteAndListShowsIt)
{
    const auto run = cli({"backup"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const fs::path written = backupFolder() / ("practice-" + Clock::stoppedOn(Date(2026, 11, 25)).now().compact()
                                               + ".knotwork-backup");
    EXPECT_NE(run.out.find(written.string()), std::string::npos) << run.out;
    EXPECT_EQ(sqliteQuery(written, "SELECT family_name FROM clients"), "Quennell");
    EXPECT_EQ(knotwork::testing::permissionBits(written), 0600u);

    const auto listed = cliJson({"backup", "list"});
    ASSERT_EQ(listed["backups"].size(), 1u);
    EXPECT_EQ(listed["backups"][0]["path"], written.string());
    EXPECT_EQ(listed["folder"], backupFolder().string());
    const auto table = cli({"backup", "list"});
    EXPECT_NE(table.out.find(written.filename().string()), std::string::npos) << table.out;
}

TEST_F(BackupCommands, BackupToAFolderAndAsJson)
{
    const auto outcome = cliJson({"backup", "--to", (m_dir / "stick").string()});
    const fs::path written = outcome["backup"]["path"];
    EXPECT_EQ(written.parent_path(), m_dir / "stick");
    EXPECT_TRUE(fs::exists(written));
    EXPECT_TRUE(outcome["offsite_problem"].is_null());
}

TEST_F(BackupCommands, AMissingOffsiteFolderFailsTheCommandButKeepsTheBackup)
{
    const fs::path usb = m_dir / "usb";
    ASSERT_EQ(cli({"settings", "set", "offsite_backup_folder", usb.string()}).exitCode, 0);
    const auto run = cli({"backup"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find(usb.string()), std::string::npos) << run.out;
    EXPECT_EQ(cliJson({"backup", "list"})["backups"].size(), 1u);

    fs::create_directory(usb);
    const auto copied = cli({"backup", "--json"});
    EXPECT_EQ(copied.exitCode, 0) << copied.err;
    EXPECT_EQ(nlohmann::json::parse(copied.out)["offsite_copy"].get<std::string>().rfind(usb.string(), 0), 0u);
}

TEST_F(BackupCommands, BackupSettingsAreShownAndChangedWithTheAppsRules)
{
    EXPECT_EQ(cliJson({"settings", "set", "keep_daily_backups", "10"})["keep_daily_backups"], 10);
    const auto refused = cli({"settings", "set", "keep_daily_backups", "0"});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("keep_daily_backups"), std::string::npos) << refused.err;
    EXPECT_EQ(cliJson({"settings", "set", "retention_rule", "years_after_last_visit"})["retention_rule"],
              "years_after_last_visit");
    EXPECT_EQ(cliJson({"settings", "set", "retention_years", "7"})["retention_years"], 7);
    EXPECT_EQ(cliJson({"settings", "set", "backup_folder", (m_dir / "mine").string()})["backup_folder"],
              (m_dir / "mine").string());
    const auto shown = cli({"settings", "show"});
    EXPECT_NE(shown.out.find((m_dir / "mine").string()), std::string::npos) << shown.out;
    EXPECT_TRUE(cliJson({"settings", "set", "backup_folder", ""})["backup_folder"].is_null());
}

TEST_F(BackupCommands, RestoreShowsTheBackupAndAsksFirst)
{
    const fs::path backup = cliJson({"backup"})["backup"]["path"];
    ASSERT_EQ(cli({"client", "add", "--family-name", "Later", "--given-names", "Ada"}).exitCode, 0);

    const auto refused = cli({"restore", "--from", backup.string()});  // stdin is no terminal here
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.out.find("Clients"), std::string::npos) << "the summary comes first: " << refused.out;
    EXPECT_NE(refused.err.find("--yes"), std::string::npos) << refused.err;
    EXPECT_EQ(sqliteQuery(m_practice, "SELECT COUNT(*) FROM clients"), "2");

    const auto restored = cli({"restore", "--from", backup.string(), "--yes"});
    ASSERT_EQ(restored.exitCode, 0) << restored.err;
    EXPECT_NE(restored.out.find("before-restore"), std::string::npos) << restored.out;
    EXPECT_EQ(sqliteQuery(m_practice, "SELECT COUNT(*) FROM clients"), "1");
    EXPECT_EQ(sqliteQuery(m_practice, "SELECT COUNT(*) FROM audit_log WHERE action = 'restore'"), "1");
    EXPECT_EQ(cliJson({"backup", "list"})["backups"].size(), 2u);
}

TEST_F(BackupCommands, RestoreRefusesADamagedFileAndChangesNothing)
{
    const fs::path damaged = m_dir / "damaged.knotwork-backup";
    knotwork::testing::writeBytes(damaged, "SQLite format 3" + std::string(5000, '\x01'));
    const std::string before = knotwork::testing::readBytes(m_practice);
    const auto run = cli({"restore", "--from", damaged.string(), "--yes"});
    EXPECT_EQ(run.exitCode, 3) << run.err;
    EXPECT_TRUE(knotwork::testing::readBytes(m_practice) == before);
}

// The one encrypted CLI test (each opening derives the key): an encrypted practice's backup,
// restored into another practice with the backup's passphrase read from a file.
TEST_F(BackupCommands, AnEncryptedBackupIsRestoredWithItsPassphraseFromAFile)
{
    const fs::path secret = m_dir / "secret.sqlite";
    const fs::path passphrase = m_dir / "passphrase.txt";
    knotwork::testing::writeBytes(passphrase, "correct horse battery staple\n");
    fs::permissions(passphrase, fs::perms::owner_read | fs::perms::owner_write);
    const auto run = [&](std::vector<std::string> arguments) {
        arguments.insert(arguments.begin(), {"--passphrase-file", passphrase.string()});
        return runCliOn(m_dir / "data", secret, arguments);
    };
    ASSERT_EQ(run({"init"}).exitCode, 0);
    ASSERT_EQ(run({"client", "add", "--family-name", "Zabrowski", "--given-names", "Ida"}).exitCode, 0);
    const auto backedUp = run({"backup", "--json"});
    ASSERT_EQ(backedUp.exitCode, 0) << backedUp.err;
    const fs::path backup = nlohmann::json::parse(backedUp.out)["backup"]["path"];
    EXPECT_EQ(knotwork::testing::readBytes(backup).find("Zabrowski"), std::string::npos);

    EXPECT_EQ(cli({"restore", "--from", backup.string(), "--yes"}).exitCode, 3) << "the backup needs its passphrase";
    const auto restored =
        cli({"restore", "--from", backup.string(), "--yes", "--candidate-passphrase-file", passphrase.string()});
    ASSERT_EQ(restored.exitCode, 0) << restored.err;
    EXPECT_NE(restored.out.find("passphrase"), std::string::npos) << restored.out;
    EXPECT_EQ(cli({"client", "list"}).exitCode, 3) << "the restored practice is the encrypted one";
    const auto listed = runCliOn(m_dir / "data", m_practice, {"--passphrase-file", passphrase.string(), "client", "list"});
    EXPECT_NE(listed.out.find("Zabrowski"), std::string::npos) << listed.out << listed.err;
}

// A practice of 200 demo clients: big enough that backup and restore take long enough to be
// killed part-way.
class KilledBackupCommands : public CliPracticeTest {
protected:
    void SetUp() override
    {
        const auto demo = runCliOn(m_dir / "data", m_practice, {"demo", "--clients", "200", "--as-of", "2026-11-23"},
                                   "2026-11-23T15:00:00Z");
        ASSERT_EQ(demo.exitCode, 0) << demo.err;
    }

    fs::path backupFolder() const { return m_dir / "data" / "knotwork" / "backups" / "practice"; }

    std::string clients() { return sqliteQuery(m_practice, "SELECT COUNT(*) FROM clients"); }
};

TEST_F(KilledBackupCommands, AKilledBackupLeavesNoHalfBackupAndTheNextOneClearsUp)
{
    using std::chrono::milliseconds;
    int killed = 0;
    for (const milliseconds delay : {milliseconds(20), milliseconds(60), milliseconds(120), milliseconds(200),
                                     milliseconds(300)}) {
        killed += runCliOnKilledAfter(m_dir / "data", m_practice, {"backup"}, delay).exitCode == 137;
        if (fs::exists(backupFolder())) {
            for (const auto& entry : fs::directory_iterator(backupFolder())) {
                if (entry.path().extension() == ".knotwork-backup") {
                    EXPECT_EQ(sqliteQuery(entry.path(), "PRAGMA integrity_check"), "ok")
                        << entry.path() << " after a kill at " << delay.count() << " ms";
                }
            }
        }
        EXPECT_EQ(clients(), "200");
    }
    EXPECT_GT(killed, 0) << "every backup finished before its kill";
    const auto run = cli({"backup"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(partialFiles(m_dir.path()), std::vector<fs::path>{});
    EXPECT_EQ(cli({"info"}).exitCode, 0);
}

TEST_F(KilledBackupCommands, AKilledRestoreLeavesTheOldPracticeOrTheRestoredOneNeverHalf)
{
    using std::chrono::milliseconds;
    ASSERT_EQ(cli({"backup"}).exitCode, 0);
    const fs::path backup = cliJson({"backup", "list"})["backups"][0]["path"];
    ASSERT_EQ(cli({"client", "add", "--family-name", "Later", "--given-names", "Ada"}).exitCode, 0);
    bool sawOld = false;
    bool sawRestored = false;
    for (const milliseconds delay : {milliseconds(30), milliseconds(150), milliseconds(300), milliseconds(500),
                                     milliseconds(700), milliseconds(1000)}) {
        runCliOnKilledAfter(m_dir / "data", m_practice, {"restore", "--from", backup.string(), "--yes"}, delay);
        const auto opened = cli({"client", "list", "--json"});  // opening clears what a kill left
        ASSERT_EQ(opened.exitCode, 0) << opened.err << " after a kill at " << delay.count() << " ms";
        EXPECT_EQ(sqliteQuery(m_practice, "PRAGMA integrity_check"), "ok");
        const std::string count = clients();
        EXPECT_TRUE(count == "201" || count == "200") << count << " clients after a kill at " << delay.count() << " ms";
        (count == "201" ? sawOld : sawRestored) = true;
        if (count == "200") {
            ASSERT_EQ(cli({"client", "add", "--family-name", "Later", "--given-names", "Ada"}).exitCode, 0);
        }
        for (const fs::path& partial : partialFiles(m_dir.path())) {
            if (partial.parent_path() == m_practice.parent_path()) {
                ADD_FAILURE() << partial << " left beside the practice after a kill at " << delay.count() << " ms";
            }
        }
    }
    EXPECT_TRUE(sawOld) << "no kill came before the swap";
    // The copy of the replaced practice a kill cut short is cleared by the next backup.
    ASSERT_EQ(cli({"backup"}).exitCode, 0);
    EXPECT_EQ(partialFiles(m_dir.path()), std::vector<fs::path>{});
}

} // namespace
} // namespace knotwork::cli
