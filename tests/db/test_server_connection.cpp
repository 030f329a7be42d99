// A practice on the clinic server whose connection is cut (the server restarted, the network
// dropped): the action in hand fails with a message saying so, nothing half-done is kept, and the
// next action connects again by itself.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/error.h"
#include "db/sql_stores.h"
#include "db/write_transaction.h"
#include "practice_on_backend.h"
#include "support/new_client.h"

namespace knotwork::db {
namespace {

using ::testing::HasSubstr;

class ServerConnection : public ::testing::Test {
protected:
    // What the server does when it restarts: it ends every connection to the practice but the
    // one asking.
    void cutTheConnection()
    {
        m_practice.query("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                         "WHERE datname = current_database() AND pid <> pg_backend_pid()");
    }

    backends::PracticeOn m_practice{backends::Backend::Server};
    std::unique_ptr<Database> m_database = m_practice.open().database;
    SqlStores m_stores{*m_database, "Maya"};
};

TEST_F(ServerConnection, ALostConnectionIsSaidAndTheNextActionConnectsAgainByItself)
{
    const clients::ClientId id = m_stores.clients().saveIntake(knotwork::testing::newClient("Quennell", "Zoë"), std::nullopt, {});
    ASSERT_EQ(m_stores.clients().chart(id).client.familyName, "Quennell");

    cutTheConnection();
    try {
        m_stores.clients().chart(id);
        FAIL() << "a read on a cut connection worked";
    } catch (const StorageError& error) {
        EXPECT_THAT(error.what(), HasSubstr("connection to the clinic server was lost"));
    }
    EXPECT_TRUE(m_database->connectionLost());

    EXPECT_EQ(m_stores.clients().chart(id).client.familyName, "Quennell");
    EXPECT_FALSE(m_database->connectionLost());
    const clients::ClientId next = m_stores.clients().saveIntake(knotwork::testing::newClient("Okafor", "Chidi"), std::nullopt, {});
    EXPECT_EQ(m_stores.clients().chart(next).client.givenNames, "Chidi");
}

TEST_F(ServerConnection, AWriteCutOffBeforeItsCommitLeavesNothingAndTheNextWriteIsWhole)
{
    const std::string before = m_practice.query("SELECT COUNT(*) FROM audit_log");
    try {
        WriteTransaction transaction(*m_database, "Maya");
        transaction.audit({"client", "7", "update", std::nullopt, "{}"});
        cutTheConnection();
        transaction.commit();
        FAIL() << "a write on a cut connection was committed";
    } catch (const StorageError& error) {
        EXPECT_THAT(error.what(), HasSubstr("connection to the clinic server was lost"));
    }
    EXPECT_FALSE(m_database->inWrite());
    EXPECT_EQ(m_practice.query("SELECT COUNT(*) FROM audit_log"), before);

    WriteTransaction again(*m_database, "Maya");
    again.audit({"client", "7", "update", std::nullopt, "{}"});
    again.commit();
    EXPECT_EQ(std::stoi(m_practice.query("SELECT COUNT(*) FROM audit_log")), std::stoi(before) + 1);
}

} // namespace
} // namespace knotwork::db
