#include <gtest/gtest.h>

#include "common/error.h"
#include "db/practice_opener.h"
#include "db/write_transaction.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using testing::sqliteQuery;

TEST(DatabaseBackup, CopiesTheOpenPracticeIncludingUncheckpointedChangesIntoAPrivateFile)
{
    testing::TempDir dir;
    auto database = openPractice(dir / "practice.sqlite", OpenMode::CreateIfMissing, "setup").database;
    WriteTransaction transaction(*database, "Ana Lima");
    transaction.audit({"client", "1", "create", std::nullopt, R"({"name":"Łukasz"})"});
    transaction.commit();

    const auto copy = dir / "copy.sqlite";
    database->backupTo(copy);
    EXPECT_EQ(testing::permissionBits(copy), 0600u);
    EXPECT_EQ(sqliteQuery(copy, "SELECT after_state FROM audit_log WHERE entity = 'client'"),
              R"({"name":"Łukasz"})");
    EXPECT_EQ(sqliteQuery(copy, "PRAGMA integrity_check"), "ok");
}

TEST(DatabaseBackup, NeverOverwritesAnExistingFile)
{
    testing::TempDir dir;
    auto database = openPractice(dir / "practice.sqlite", OpenMode::CreateIfMissing, "setup").database;
    const auto existing = dir / "keep.sqlite";
    testing::writeBytes(existing, "precious");
    EXPECT_THROW(database->backupTo(existing), PracticeFileError);
    EXPECT_EQ(testing::readBytes(existing), "precious");
}

} // namespace
} // namespace knotwork::db
