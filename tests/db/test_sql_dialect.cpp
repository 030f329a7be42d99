#include <gtest/gtest.h>

#include "db/migration.h"
#include "db/sql_dialect.h"

namespace knotwork::db {
namespace {

TEST(SqlDialect, FillsPlaceholdersAndAppendsTheSqlitePart)
{
    const Migration migration{1, "t", "CREATE TABLE t (id {{id_primary_key}}, x TEXT);", "CREATE INDEX i ON t (x);"};
    EXPECT_EQ(SqlDialect::sqlite().migrationScript(migration),
              "CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT);\nCREATE INDEX i ON t (x);");
}

TEST(SqlDialect, AnUnknownOrUnclosedPlaceholderIsAProgrammingError)
{
    EXPECT_THROW(SqlDialect::sqlite().migrationScript({1, "t", "id {{id_primary_kee}}", ""}), std::logic_error);
    EXPECT_THROW(SqlDialect::sqlite().migrationScript({1, "t", "id {{id_primary_key", ""}), std::logic_error);
}

} // namespace
} // namespace knotwork::db
