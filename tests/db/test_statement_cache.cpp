// The reads a practice runs again and again are prepared once and kept. Keeping them must never
// change what a read finds: each use binds its own values, sees what other connections have written
// since the last, and a read that stopped half-way (its reader threw) leaves no read open behind it.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>
#include <soci/soci.h>

#include "db/database.h"
#include "db/row_reader.h"
#include "db/statement_cache.h"
#include "practice_on_backend.h"

namespace knotwork::db {
namespace {

const std::string kNotesOfClient = "SELECT note FROM visits WHERE client_id = :client ORDER BY id";
const std::string kVisitCount = "SELECT COUNT(*) AS visits FROM visits";

class KeptStatements : public backends::OnBothBackends {
protected:
    KeptStatements()
    {
        // The ids are given, so the table is the same on both backends.
        m_database->session() << "CREATE TABLE visits (id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL, "
                                 "note TEXT NOT NULL)";
        m_database->session() << addVisit(1, "neck stiff");
        m_database->session() << addVisit(1, "neck easier");
        m_database->session() << addVisit(2, "jaw tight");
    }

    static std::string addVisit(long long client, const std::string& note)
    {
        return "INSERT INTO visits (id, client_id, note) SELECT COALESCE(MAX(id), 0) + 1, " + std::to_string(client)
               + ", '" + note + "' FROM visits";
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

    // Another program's connection to the same practice, as the CLI's beside the open app.
    void addVisitElsewhere(long long client, const std::string& note) { m_practice.query(addVisit(client, note)); }
};

TEST_P(KeptStatements, EachReadBindsItsOwnValuesToTheOneStatementKept)
{
    const std::size_t keptBefore = m_database->statements().size();  // the reads opening the practice ran
    EXPECT_EQ(notesOf(1LL), (std::vector<std::string>{"neck stiff", "neck easier"}));
    EXPECT_EQ(notesOf(2LL), (std::vector<std::string>{"jaw tight"}));
    EXPECT_EQ(notesOf(3LL), std::vector<std::string>{});
    EXPECT_EQ(notesOf(1), (std::vector<std::string>{"neck stiff", "neck easier"})) << "an int binds as a long long";
    EXPECT_EQ(m_database->statements().size(), keptBefore + 1);
    EXPECT_EQ(notesOf(std::string("2")), (std::vector<std::string>{"jaw tight"}))
        << "the same SQL bound with text runs as a statement of its own";
}

TEST_P(KeptStatements, AReadSeesWhatAnotherConnectionWroteSinceItsLastUse)
{
    ASSERT_EQ(visitCount(), 3);
    ASSERT_EQ(notesOf(2LL).size(), 1U);
    addVisitElsewhere(2, "jaw easier");
    EXPECT_EQ(visitCount(), 4);
    EXPECT_EQ(notesOf(2LL), (std::vector<std::string>{"jaw tight", "jaw easier"}));
}

TEST_P(KeptStatements, AReadStoppedByItsReaderLeavesNoReadOpen)
{
    EXPECT_THROW(m_database->statements().forEachRow(
                     kNotesOfClient, [](const soci::row&) { throw std::runtime_error("damaged row"); }, 1LL),
                 std::runtime_error);
    // A statement left on its first row would hold its snapshot: this connection's next read would
    // not see the other's visit.
    addVisitElsewhere(1, "headache free");
    EXPECT_EQ(visitCount(), 4);
    EXPECT_EQ(notesOf(1LL), (std::vector<std::string>{"neck stiff", "neck easier", "headache free"}));
}

TEST_P(KeptStatements, AReadAskedForInsideItsOwnRowsRunsOnItsOwn)
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

KNOTWORK_ON_BOTH_BACKENDS(KeptStatements);

} // namespace
} // namespace knotwork::db
