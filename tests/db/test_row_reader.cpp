// Stored rows are read by column name: the order of a SELECT's columns does not matter, and a
// column a store asks for that the SELECT lacks is an error naming it, never the next column.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <soci/soci.h>

#include "common/error.h"
#include "db/database.h"
#include "db/row_reader.h"
#include "practice_on_backend.h"

namespace knotwork::db {
namespace {

using ::testing::HasSubstr;

class RowReading : public backends::OnBothBackends {
protected:
    // Runs `sql` (one row) and hands its reader to `read`.
    template <typename Read>
    void readRow(const std::string& sql, Read&& read)
    {
        soci::row row;
        m_database->session() << sql, soci::into(row);
        read(RowReader(row));
    }
};

TEST_P(RowReading, ColumnsAreFoundByNameWhateverTheirOrder)
{
    readRow("SELECT 'Okafor' AS family_name, 42 AS id, NULL AS last_visit_on, '2026-11-24' AS visit_date",
            [](const RowReader& read) {
                EXPECT_EQ(read.integer("id"), 42);
                EXPECT_EQ(read.text("family_name"), "Okafor");
                EXPECT_EQ(read.optionalDate("last_visit_on"), std::nullopt);
                EXPECT_EQ(read.date("visit_date"), Date(2026, 11, 24));
                EXPECT_EQ(read.text("family_name"), "Okafor") << "a column may be read twice";
            });
}

TEST_P(RowReading, AColumnTheSelectLacksIsAnErrorNamingIt)
{
    readRow("SELECT 42 AS id", [](const RowReader& read) {
        try {
            read.text("given_names");
            FAIL() << "a missing column was read as something";
        } catch (const StorageError& error) {
            EXPECT_THAT(error.what(), HasSubstr("given_names"));
        }
    });
}

KNOTWORK_ON_BOTH_BACKENDS(RowReading);

} // namespace
} // namespace knotwork::db
