#include <algorithm>
#include <gtest/gtest.h>

#include "db/migration.h"

namespace knotwork::db {
namespace {

TEST(MigrationCatalog, BuiltInMigrationsAreNumberedFromOneWithoutGaps)
{
    const auto& migrations = builtInMigrations();
    ASSERT_FALSE(migrations.empty());
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        EXPECT_EQ(migrations[i].version, static_cast<int>(i) + 1);
        EXPECT_FALSE(migrations[i].portableSql.empty()) << migrations[i].name;
    }
    EXPECT_EQ(migrations.front().name, "audit_trail");
    EXPECT_NE(migrations.front().sqliteSql.find("CREATE TRIGGER"), std::string::npos);
}

TEST(MigrationCatalog, ChangeNoticesAreTheServersAloneAndAPracticeFileNeedsNothingForThem)
{
    const auto& migrations = builtInMigrations();
    const auto notices = std::ranges::find(migrations, "change_notices", &Migration::name);
    ASSERT_NE(notices, migrations.end());
    EXPECT_EQ(notices->sqliteSql, "");
    EXPECT_EQ(notices->portableSql.find("CREATE"), std::string::npos) << "a comment only";
    EXPECT_NE(notices->postgresqlSql.find("pg_notify('knotwork_changes'"), std::string::npos);
}

TEST(MigrationCatalog, PairsEachDialectPartWithItsPortableFile)
{
    const EmbeddedFile files[] = {
        {"0002_second.sql", "CREATE TABLE b (x INTEGER);"},
        {"sqlite/0002_second.sql", "CREATE TRIGGER t …"},
        {"0001_first.sql", "CREATE TABLE a (x INTEGER);"},
    };
    const auto migrations = migrationsFromFiles(files);
    ASSERT_EQ(migrations.size(), 2u);
    EXPECT_EQ(migrations[0].version, 1);
    EXPECT_EQ(migrations[0].name, "first");
    EXPECT_EQ(migrations[0].sqliteSql, "");
    EXPECT_EQ(migrations[1].name, "second");
    EXPECT_EQ(migrations[1].sqliteSql, "CREATE TRIGGER t …");
}

TEST(MigrationCatalog, RefusesMisnamedFilesAndOrphanDialectParts)
{
    const EmbeddedFile misnamed[] = {{"1_first.sql", ""}};
    const EmbeddedFile orphan[] = {{"0001_first.sql", ""}, {"sqlite/0002_second.sql", ""}};
    EXPECT_THROW(migrationsFromFiles(misnamed), std::logic_error);
    EXPECT_THROW(migrationsFromFiles(orphan), std::logic_error);
}

} // namespace
} // namespace knotwork::db
