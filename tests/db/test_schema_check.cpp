// The practice's safeguards (triggers and indexes) against the built-in migrations': one dropped,
// changed or added behind Knotwork's back is found, and restoreBuiltInSchemaObjects (init) puts
// back Knotwork's own, leaving the rest for verify to name.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "db/practice_opener.h"
#include "db/practice_verifier.h"
#include "db/schema_check.h"
#include "support/environment_override.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::sqliteQuery;

class SchemaCheck : public ::testing::Test {
protected:
    std::unique_ptr<Database> open() { return openPractice(m_file, OpenMode::CreateIfMissing, "setup").database; }

    // Tampers with the closed file through a connection of its own, as the sqlite3 tool would.
    void tamper(const std::string& sql)
    {
        m_database.reset();
        sqliteQuery(m_file, sql);
        m_database = open();
    }

    std::vector<std::string> described()
    {
        std::vector<std::string> lines;
        for (const SchemaDifference& difference : compareWithBuiltInSchema(*m_database))
            lines.push_back(schemaObjectName(difference) + ": " + schemaProblem(difference));
        return lines;
    }

    knotwork::testing::TempDir m_dir;
    knotwork::testing::EnvironmentOverride m_config{"XDG_CONFIG_HOME", (m_dir.path() / "config").string()};
    std::filesystem::path m_file = m_dir / "practice.sqlite";
    std::unique_ptr<Database> m_database = open();
};

TEST_F(SchemaCheck, AFreshPracticeHasExactlyTheBuiltInTriggersAndIndexes)
{
    EXPECT_THAT(compareWithBuiltInSchema(*m_database), IsEmpty());
    EXPECT_THAT(restoreBuiltInSchemaObjects(*m_database, "Ana Lima"), IsEmpty());
}

TEST_F(SchemaCheck, ADroppedChangedOrAddedObjectIsNamed)
{
    tamper("DROP TRIGGER session_notes_signed_refuse_update; DROP INDEX record_seals_by_record; "
           "DROP TRIGGER audit_log_refuses_delete; "
           "CREATE TRIGGER audit_log_refuses_delete BEFORE DELETE ON audit_log WHEN 0 BEGIN SELECT 1; END; "
           "CREATE TRIGGER helpful AFTER INSERT ON audit_log BEGIN SELECT 1; END;");
    EXPECT_THAT(described(),
                ElementsAre("trigger audit_log_refuses_delete: It differs from Knotwork's own; run knotwork-cli init to "
                            "put Knotwork's back.",
                            "index record_seals_by_record: It was removed; run knotwork-cli init to put it back.",
                            "trigger session_notes_signed_refuse_update: It was removed; run knotwork-cli init to put "
                            "it back.",
                            "trigger helpful: It is not one of Knotwork's: something other than Knotwork added it to "
                            "the practice."));
}

TEST_F(SchemaCheck, WhitespaceAloneIsNoChange)
{
    const std::string sql = sqliteQuery(m_file, "SELECT sql FROM sqlite_master WHERE name = 'note_addenda_refuse_update'");
    std::string spaced;
    for (const char c : sql)
        spaced += c == ' ' ? std::string("  \n ") : std::string(1, c);
    tamper("DROP TRIGGER note_addenda_refuse_update; " + spaced + ";");
    EXPECT_THAT(compareWithBuiltInSchema(*m_database), IsEmpty());
}

TEST_F(SchemaCheck, RestoringPutsBackKnotworksOwnLeavesAnAddedOneAndRecordsItInTheAuditTrail)
{
    tamper("DROP TRIGGER session_notes_signed_refuse_update; DROP INDEX record_seals_by_record; "
           "DROP TRIGGER audit_log_refuses_delete; "
           "CREATE TRIGGER audit_log_refuses_delete BEFORE DELETE ON audit_log WHEN 0 BEGIN SELECT 1; END; "
           "CREATE TRIGGER helpful AFTER INSERT ON audit_log BEGIN SELECT 1; END;");
    EXPECT_THAT(restoreBuiltInSchemaObjects(*m_database, "Ana Lima"),
                ElementsAre("audit_log_refuses_delete", "record_seals_by_record", "session_notes_signed_refuse_update"));
    EXPECT_THAT(described(), ElementsAre("trigger helpful: It is not one of Knotwork's: something other than Knotwork "
                                         "added it to the practice."));
    std::string after;
    m_database->session() << "SELECT after_state FROM audit_log WHERE entity = 'schema' AND action = 'restore'",
        soci::into(after);
    EXPECT_EQ(after, R"({"restored":["audit_log_refuses_delete","record_seals_by_record","session_notes_signed_refuse_update"]})");
    EXPECT_THROW(m_database->session() << "DELETE FROM audit_log WHERE id = 1", soci::soci_error)
        << "the restored trigger refuses again";
}

TEST_F(SchemaCheck, AUniqueIndexThatNoLongerFitsTheRowsIsLeftForVerifyToName)
{
    // Two seals of one record: the unique index cannot come back over them.
    tamper("DROP INDEX record_seals_by_record; DROP TRIGGER audit_log_refuses_delete; "
           "INSERT INTO record_seals SELECT position + 100000, kind, record_id, digest, mac, key_number "
           "FROM record_seals WHERE position = 1;");
    EXPECT_THAT(restoreBuiltInSchemaObjects(*m_database, "Ana Lima"), ElementsAre("audit_log_refuses_delete"));
    EXPECT_THAT(described(), ElementsAre("index record_seals_by_record: It was removed; run knotwork-cli init to put "
                                         "it back."));
}

} // namespace
} // namespace knotwork::db
