// The reads a practice runs again and again are prepared once and kept. Keeping them must never
// change what a read finds: each use binds its own values, sees what other connections have written
// since the last, and a read that stopped half-way (its reader threw) leaves no read open behind it.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "db/database.h"
#include "db/row_reader.h"
#include "db/statement_cache.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

const std::string kNotesOfClient = "SELECT note FROM visits WHERE client_id = :client ORDER BY id";
const std::string kVisitCount = "SELECT COUNT(*) AS visits FROM visits";

class KeptStatements : public ::testing::Test {
protected:
    KeptStatements() : m_database(Database::open(m_dir / "kept.sqlite", OpenMode::CreateIfMissing))
    {
        m_database->session() << "CREATE TABLE visits (id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, "
                                 "note TEXT NOT NULL)";
        addVisit(m_database->session(), 1, "neck stiff");
        addVisit(m_database->session(), 1, "neck easier");
        addVisit(m_database->session(), 2, "jaw tight");
    }

    static void addVisit(soci::session& session, long long client, const std::string& note)
    {
        session << "INSERT INTO visits (client_id, note) VALUES (:client, :note)", soci::use(client), soci::use(note);
    }

    template <typename Client>
    std::vector<std::string> notesOf(Client client)
    {
        std::vector<std::string> notes;
        m_database->statements().forEachRow(
            kNotesOfClient, [&](const soci::row& row) { notes.push_back(RowReader(row).text("note")); }, client);
        return notes;
    }

    long long visitCount()
    {
        long long count = -1;
        m_database->statements().forEachRow(kVisitCount,
                                            [&](const soci::row& row) { count = RowReader(row).integer("visits"); });
        return count;
    }

    // Another program's connection to the same file, as the CLI's beside the open app.
    std::string otherConnection() const { return "db=" + (m_dir / "kept.sqlite").string(); }

    knotwork::testing::TempDir m_dir;
    std::unique_ptr<Database> m_database;
};

TEST_F(KeptStatements, EachReadBindsItsOwnValuesToTheOneStatementKept)
{
    EXPECT_EQ(notesOf(1LL), (std::vector<std::string>{"neck stiff", "neck easier"}));
    EXPECT_EQ(notesOf(2LL), (std::vector<std::string>{"jaw tight"}));
    EXPECT_EQ(notesOf(3LL), std::vector<std::string>{});
    EXPECT_EQ(notesOf(1), (std::vector<std::string>{"neck stiff", "neck easier"})) << "an int binds as a long long";
    EXPECT_EQ(m_database->statements().size(), 1U);
    EXPECT_EQ(notesOf(std::string("2")), (std::vector<std::string>{"jaw tight"}))
        << "the same SQL bound with text runs as a statement of its own";
}

TEST_F(KeptStatements, AReadSeesWhatAnotherConnectionWroteSinceItsLastUse)
{
    ASSERT_EQ(visitCount(), 3);
    ASSERT_EQ(notesOf(2LL).size(), 1U);
    soci::session other(soci::sqlite3, otherConnection());
    addVisit(other, 2, "jaw easier");
    EXPECT_EQ(visitCount(), 4);
    EXPECT_EQ(notesOf(2LL), (std::vector<std::string>{"jaw tight", "jaw easier"}));
}

TEST_F(KeptStatements, AReadStoppedByItsReaderLeavesNoReadOpen)
{
    EXPECT_THROW(m_database->statements().forEachRow(
                     kNotesOfClient, [](const soci::row&) { throw std::runtime_error("damaged row"); }, 1LL),
                 std::runtime_error);
    // A statement left on its first row would hold its snapshot: this connection's next read would
    // not see the other's visit.
    soci::session other(soci::sqlite3, otherConnection());
    addVisit(other, 1, "headache free");
    EXPECT_EQ(visitCount(), 4);
    EXPECT_EQ(notesOf(1LL), (std::vector<std::string>{"neck stiff", "neck easier", "headache free"}));
}

TEST_F(KeptStatements, AReadAskedForInsideItsOwnRowsRunsOnItsOwn)
{
    std::vector<std::string> pairs;
    m_database->statements().forEachRow(
        kNotesOfClient,
        [&](const soci::row& outer) {
            const std::string first = RowReader(outer).text("note");
            for (const std::string& second : notesOf(2LL))
                pairs.push_back(first + " / " + second);
        },
        1LL);
    EXPECT_EQ(pairs, (std::vector<std::string>{"neck stiff / jaw tight", "neck easier / jaw tight"}));
    EXPECT_EQ(notesOf(1LL).size(), 2U) << "the kept statement is whole again after the nested read";
}

} // namespace
} // namespace knotwork::db
