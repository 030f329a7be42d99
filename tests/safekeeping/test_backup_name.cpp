#include <gtest/gtest.h>

#include "safekeeping/backup_name.h"

namespace knotwork::safekeeping {
namespace {

const Timestamp kMoment = Timestamp::fromIso8601("2026-11-23T20:19:29Z");

TEST(BackupName, NamesABackupByThePracticeAndTheMomentAndReadsItBack)
{
    EXPECT_EQ(backupFileName("practice", kMoment), "practice-20261123T201929Z.knotwork-backup");
    const auto parsed = parseBackupFileName("practice-20261123T201929Z.knotwork-backup", "practice");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->takenAt, kMoment);
    EXPECT_EQ(parsed->kind, BackupKind::Regular);
}

TEST(BackupName, TellsTheCopyKeptBeforeARestoreApart)
{
    const std::string name = backupFileName("practice", kMoment, BackupKind::BeforeRestore);
    EXPECT_EQ(name, "practice-20261123T201929Z-before-restore.knotwork-backup");
    const auto parsed = parseBackupFileName(name, "practice");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->kind, BackupKind::BeforeRestore);
}

TEST(BackupName, NeverTakesAnotherPracticesBackupOrAnyOtherFileForOne)
{
    EXPECT_FALSE(parseBackupFileName("practice-b-20261123T201929Z.knotwork-backup", "practice"));
    EXPECT_FALSE(parseBackupFileName("practice-20261123T201929Z.knotwork-backup", "practice-b"));
    EXPECT_FALSE(parseBackupFileName("practice-20261123T201929Z.knotwork-backup.partial", "practice"));
    EXPECT_FALSE(parseBackupFileName("practice-20261131T201929Z.knotwork-backup", "practice"));
    EXPECT_FALSE(parseBackupFileName("practice-notes.knotwork-backup", "practice"));
    EXPECT_FALSE(parseBackupFileName("practice.sqlite", "practice"));
}

TEST(BackupName, RecognisesWhatAnInterruptedBackupLeft)
{
    EXPECT_TRUE(isUnfinishedBackup("practice-20261123T201929Z.knotwork-backup.partial", "practice"));
    EXPECT_FALSE(isUnfinishedBackup("practice-20261123T201929Z.knotwork-backup", "practice"));
    EXPECT_FALSE(isUnfinishedBackup("other-20261123T201929Z.knotwork-backup.partial", "practice"));
}

} // namespace
} // namespace knotwork::safekeeping
