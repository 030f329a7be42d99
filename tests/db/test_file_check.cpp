// When the whole file is checked (db::FileCheck): the app's check in the background and the CLI's
// before its first write open a practice without reading every page, yet nothing is ever written
// to a damaged file.
#include <chrono>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <thread>
#include <soci/soci.h>

#include "common/error.h"
#include "db/database.h"
#include "db/practice_opener.h"
#include "db/write_transaction.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using testing::readBytes;

class FileCheckTest : public ::testing::Test {
protected:
    std::filesystem::path newPractice()
    {
        const auto file = m_dir / "practice.sqlite";
        openPractice(file, OpenMode::CreateIfMissing, "test");
        return file;
    }

    static void writeOneAuditedRow(Database& database)
    {
        WriteTransaction transaction(database, "test");
        transaction.audit({"practice", "", "backup", std::nullopt, std::nullopt});
        transaction.commit();
    }

    // Waits, as the app's status bar does, for the background check to finish.
    static void waitForTheBackgroundCheck(Database& database)
    {
        for (int tries = 0; database.checkingFile() && tries < 2000; ++tries)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        ASSERT_FALSE(database.checkingFile()) << "the background check never finished";
    }

    static std::string auditRows(Database& database)
    {
        int count = 0;
        database.session() << "SELECT COUNT(*) FROM audit_log", soci::into(count);
        return std::to_string(count);
    }

    testing::TempDir m_dir;
};

TEST_F(FileCheckTest, InTheBackgroundADamagedPracticeOpensItsVerdictComesAndNothingIsWritten)
{
    const auto file = newPractice();
    const std::string damaged = testing::damageAPageOnlyAWholeFileCheckReads(file);
    {
        OpenedPractice opened = openPractice(file, OpenMode::ExistingOnly, "test", "", FileCheck::InBackground);
        Database& database = *opened.database;
        EXPECT_NE(auditRows(database), "0") << "what the open does not need still reads";
        waitForTheBackgroundCheck(database);
        ASSERT_TRUE(database.fileVerdict().has_value());
        EXPECT_NE(*database.fileVerdict(), "ok");
        try {
            writeOneAuditedRow(database);
            FAIL() << "wrote to a damaged file";
        } catch (const PracticeFileError& error) {
            EXPECT_THAT(error.what(), AllOf(HasSubstr(file.string()), HasSubstr("damaged"), HasSubstr("backup")));
        }
    }
    EXPECT_TRUE(readBytes(file) == damaged);
}

TEST_F(FileCheckTest, AWriteAtOnceWaitsForTheBackgroundVerdictAndADamagedFileRefusesIt)
{
    const auto file = newPractice();
    const std::string damaged = testing::damageAPageOnlyAWholeFileCheckReads(file);
    {
        OpenedPractice opened = openPractice(file, OpenMode::ExistingOnly, "test", "", FileCheck::InBackground);
        EXPECT_THROW(writeOneAuditedRow(*opened.database), PracticeFileError);
        EXPECT_NE(opened.database->fileVerdict().value_or("ok"), "ok");
    }
    EXPECT_TRUE(readBytes(file) == damaged);
}

TEST_F(FileCheckTest, BeforeTheFirstWriteNothingIsCheckedUntilSomethingIsToBeWrittenAndADamagedFileRefusesIt)
{
    const auto file = newPractice();
    const std::string damaged = testing::damageAPageOnlyAWholeFileCheckReads(file);
    {
        OpenedPractice opened =
            openPractice(file, OpenMode::ExistingOnly, "test", "", FileCheck::BeforeFirstWrite);
        Database& database = *opened.database;
        EXPECT_NE(auditRows(database), "0");
        EXPECT_FALSE(database.checkingFile());
        EXPECT_FALSE(database.fileVerdict().has_value()) << "a read paid for the whole-file check";
        EXPECT_THROW(writeOneAuditedRow(database), PracticeFileError);
        EXPECT_THROW(writeOneAuditedRow(database), PracticeFileError) << "the second write too";
        EXPECT_NE(database.fileVerdict().value_or("ok"), "ok");
    }
    EXPECT_TRUE(readBytes(file) == damaged);
}

TEST_F(FileCheckTest, AnIntactPracticeIsWrittenAsUsualWhicheverTheCheck)
{
    const auto file = newPractice();
    for (const FileCheck check : {FileCheck::InBackground, FileCheck::BeforeFirstWrite}) {
        OpenedPractice opened = openPractice(file, OpenMode::ExistingOnly, "test", "", check);
        const std::string before = auditRows(*opened.database);
        EXPECT_NO_THROW(writeOneAuditedRow(*opened.database));
        EXPECT_EQ(opened.database->fileVerdict(), "ok");
        EXPECT_EQ(std::stoi(auditRows(*opened.database)), std::stoi(before) + 1);
    }
}

// Turning WAL on writes the file's header: a practice not in WAL mode yet (a backup restored by
// hand) is checked before it is opened, whichever the check.
TEST_F(FileCheckTest, APracticeNotInWalModeIsCheckedBeforeWalIsTurnedOn)
{
    const auto file = newPractice();
    testing::sqliteQuery(file, "PRAGMA journal_mode = DELETE");
    const std::string damaged = testing::damageAPageOnlyAWholeFileCheckReads(file);
    for (const FileCheck check : {FileCheck::InBackground, FileCheck::BeforeFirstWrite}) {
        EXPECT_THROW(Database::open(file, OpenMode::ExistingOnly, "", check), PracticeFileError);
        EXPECT_TRUE(readBytes(file) == damaged);
    }
}

} // namespace
} // namespace knotwork::db
