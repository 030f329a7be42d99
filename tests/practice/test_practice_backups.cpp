#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <nlohmann/json.hpp>

#include "app/practice/practice_backups.h"
#include "common/error.h"
#include "practice_fixture.h"
#include "support/practice_files.h"

namespace knotwork::app {
namespace {

namespace fs = std::filesystem;
using testing::PracticeFolder;
using testing::sqliteQuery;

std::string clientCount(const fs::path& file)
{
    return sqliteQuery(file, "SELECT COUNT(*) FROM clients");
}

TEST(PracticeBackups, WritesACheckedPrivateBackupOfThePracticeInTheDataFolderAndAuditsIt)
{
    PracticeFolder folder;
    auto practice = folder.open();
    PracticeFolder::addClients(*practice, 3);
    EXPECT_FALSE(lastBackup(*practice));
    EXPECT_TRUE(automaticBackupDue(*practice));

    const BackupOutcome outcome = backUpPractice(*practice);

    const fs::path expected = folder.path("data") / "knotwork" / "backups" / "practice"
        / ("practice-" + practice->clientService().clock().now().compact() + ".knotwork-backup");
    EXPECT_EQ(outcome.written.path, expected);
    EXPECT_EQ(backupFolderOf(*practice), expected.parent_path());
    EXPECT_EQ(testing::permissionBits(expected), 0600u);
    EXPECT_EQ(outcome.written.bytes, fs::file_size(expected));
    EXPECT_EQ(sqliteQuery(expected, "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(clientCount(expected), "3");
    EXPECT_FALSE(outcome.offsiteCopy);
    EXPECT_TRUE(outcome.offsiteProblem.empty());

    const auto after = nlohmann::json::parse(sqliteQuery(
        folder.practiceFile(), "SELECT after_state FROM audit_log WHERE entity = 'practice' AND action = 'backup'"));
    EXPECT_EQ(after["file"], expected.filename().string());
    EXPECT_EQ(after["bytes"], outcome.written.bytes);
    EXPECT_EQ(sqliteQuery(folder.practiceFile(), "SELECT actor FROM audit_log WHERE action = 'backup'"), "Ana Lima");

    const auto last = lastBackup(*practice);
    ASSERT_TRUE(last);
    EXPECT_EQ(last->path, expected);
    EXPECT_FALSE(automaticBackupDue(*practice));
}

TEST(PracticeBackups, AnAutomaticBackupIsDueADayAfterTheLastOne)
{
    PracticeFolder folder;
    auto now = std::make_shared<Timestamp>(Clock::stoppedOn(Date(2026, 11, 23)).now());
    PracticeContext practice(folder.practiceFile(), db::OpenMode::CreateIfMissing, "Ana Lima",
                             Clock([now] { return *now; }));
    backUpPractice(practice);
    *now = Timestamp(now->utc() + boost::posix_time::hours(23));
    EXPECT_FALSE(automaticBackupDue(practice));
    *now = Timestamp(now->utc() + boost::posix_time::hours(1));
    EXPECT_TRUE(automaticBackupDue(practice));
}

TEST(PracticeBackups, ASecondBackupInTheSameSecondGetsANameOfItsOwnAndReplacesTheDaysFirst)
{
    PracticeFolder folder;
    auto practice = folder.open();
    const BackupOutcome first = backUpPractice(*practice);
    const BackupOutcome second = backUpPractice(*practice);
    EXPECT_NE(first.written.path, second.written.path);
    EXPECT_EQ(second.removed, std::vector<fs::path>{first.written.path}) << "only the newest of a day is kept";
    EXPECT_EQ(lastBackup(*practice)->path, second.written.path);
}

// Another thread keeps adding clients through a connection of its own while backups are made:
// each backup is whole and consistent (every client it holds has its audit row, and no more).
TEST(PracticeBackups, ABackupMadeWhileThePracticeIsWrittenIsWholeAndConsistent)
{
    PracticeFolder folder;
    folder.open();
    std::atomic<bool> stop = false;
    std::atomic<int> written = 0;
    std::thread writer([&] {
        auto practice = PracticeFolder::openFile(folder.practiceFile());
        while (!stop) {
            PracticeFolder::addClients(*practice, 1);
            ++written;
            // A pause as between two saves, so SQLite's busy wait (which is not fair) lets the
            // backup's own audit row in even on a loaded machine.
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    });
    auto practice = folder.open();
    std::vector<BackupOutcome> outcomes;
    while (written < 5)
        std::this_thread::yield();
    for (int i = 0; i < 4; ++i) {
        // A folder each: the rotation keeps only the newest backup of a day.
        BackupJob job = BackupJob::prepare(*practice, folder.path("backups-" + std::to_string(i)));
        std::thread([&] { outcomes.push_back(job.run()); }).join();
        job.record(*practice, outcomes.back());
    }
    stop = true;
    writer.join();

    for (const BackupOutcome& outcome : outcomes) {
        const fs::path& backup = outcome.written.path;
        EXPECT_EQ(sqliteQuery(backup, "PRAGMA integrity_check"), "ok");
        EXPECT_EQ(clientCount(backup),
                  sqliteQuery(backup, "SELECT COUNT(*) FROM audit_log WHERE entity = 'client' AND action = 'create'"));
        EXPECT_NE(clientCount(backup), "0");
    }
    EXPECT_GT(written.load(), std::stoi(clientCount(outcomes.front().written.path)));
}

TEST(PracticeBackups, AMissingOffsiteFolderIsReportedAndTheBackupKept)
{
    PracticeFolder folder;
    auto practice = folder.open();
    clients::PracticeSettings settings = practice->clientService().settings();
    settings.backup.offsiteFolder = folder.path("usb-stick").string();
    practice->clientService().saveSettings(settings, std::nullopt, std::nullopt);

    const BackupOutcome missing = backUpPractice(*practice);
    EXPECT_TRUE(fs::exists(missing.written.path));
    EXPECT_FALSE(missing.offsiteCopy);
    EXPECT_NE(missing.offsiteProblem.find(folder.path("usb-stick").string()), std::string::npos)
        << missing.offsiteProblem;
    EXPECT_FALSE(fs::exists(folder.path("usb-stick"))) << "a missing drive's folder is not made on this disk";
    EXPECT_NE(sqliteQuery(folder.practiceFile(),
                          "SELECT after_state FROM audit_log WHERE action = 'backup' ORDER BY id DESC LIMIT 1")
                  .find("offsite_problem"),
              std::string::npos);

    fs::create_directory(folder.path("usb-stick"));
    const BackupOutcome copied = backUpPractice(*practice);
    ASSERT_TRUE(copied.offsiteCopy);
    EXPECT_TRUE(copied.offsiteProblem.empty());
    EXPECT_EQ(*copied.offsiteCopy, folder.path("usb-stick") / copied.written.path.filename());
    EXPECT_TRUE(testing::readBytes(*copied.offsiteCopy) == testing::readBytes(copied.written.path));
    EXPECT_EQ(testing::permissionBits(*copied.offsiteCopy), 0600u);
}

TEST(PracticeBackups, RotatesOnlyThisPracticesBackupsAndClearsWhatAKilledBackupLeft)
{
    PracticeFolder folder;
    auto practice = folder.open();
    clients::PracticeSettings settings = practice->clientService().settings();
    settings.backup.keepDaily = 2;
    settings.backup.keepWeekly = 0;
    settings.backup.keepMonthly = 0;
    practice->clientService().saveSettings(settings, std::nullopt, std::nullopt);
    const fs::path backups = backupFolderOf(*practice);
    fs::create_directories(backups);
    auto old = [&](const char* name) {
        testing::writeBytes(backups / name, "an older backup");
        return backups / name;
    };
    const fs::path yesterday = old("practice-20261122T120000Z.knotwork-backup");
    const fs::path twoDaysAgo = old("practice-20261121T120000Z.knotwork-backup");
    const fs::path keptBeforeRestore = old("practice-20261101T120000Z-before-restore.knotwork-backup");
    const fs::path otherPractice = old("practice-b-20261101T120000Z.knotwork-backup");
    const fs::path unfinished = old("practice-20261122T130000Z.knotwork-backup.partial");
    const fs::path unrelated = old("notes.txt");

    const BackupOutcome outcome = backUpPractice(*practice);

    EXPECT_EQ(outcome.removed, std::vector<fs::path>{twoDaysAgo});
    EXPECT_FALSE(fs::exists(twoDaysAgo));
    EXPECT_FALSE(fs::exists(unfinished));
    for (const fs::path& kept : {yesterday, keptBeforeRestore, otherPractice, unrelated, outcome.written.path})
        EXPECT_TRUE(fs::exists(kept)) << kept;

    const std::vector<BackupFile> listed = listBackups(backups, folder.practiceFile());
    ASSERT_EQ(listed.size(), 3u);
    EXPECT_EQ(listed[0].path, outcome.written.path);
    EXPECT_EQ(listed[1].path, yesterday);
    EXPECT_EQ(listed[2].path, keptBeforeRestore);
    EXPECT_TRUE(listed[2].beforeRestore);
}

TEST(PracticeBackups, ABackupToAFolderThatCannotBeMadeFailsAndLeavesNothing)
{
    PracticeFolder folder;
    auto practice = folder.open();
    testing::writeBytes(folder.path("a-file"), "not a folder");
    EXPECT_THROW(backUpPractice(*practice, folder.path("a-file") / "backups"), Error);
    EXPECT_EQ(sqliteQuery(folder.practiceFile(), "SELECT COUNT(*) FROM audit_log WHERE action = 'backup'"), "0");
}

} // namespace
} // namespace knotwork::app
