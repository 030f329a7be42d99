#include <gtest/gtest.h>
#include <soci/soci.h>

#include "common/error.h"
#include "common/timestamp.h"
#include "db/write_transaction.h"
#include "practice_on_backend.h"

namespace knotwork::db {
namespace {

class AuditTrail : public backends::OnBothBackends {
protected:
    int rows(const std::string& where = "1 = 1")
    {
        int count = 0;
        m_database->session() << "SELECT COUNT(*) FROM audit_log WHERE " + where, soci::into(count);
        return count;
    }
};

TEST_P(AuditTrail, ACommittedChangeRecordsWhoWhenWhatAndTheRecordBeforeAndAfter)
{
    const std::string before = Timestamp::now().iso8601();
    WriteTransaction transaction(*m_database, "Ana Lima");
    transaction.audit({"client", "42", "update", R"({"name":"Zoe"})", R"({"name":"Zoë"})"});
    transaction.commit();

    std::string actor, occurredAt, entity, entityId, action, beforeState, afterState;
    m_database->session() << "SELECT actor, occurred_at, entity, entity_id, action, before_state, "
                             "after_state FROM audit_log ORDER BY id DESC LIMIT 1",
        soci::into(actor), soci::into(occurredAt), soci::into(entity), soci::into(entityId),
        soci::into(action), soci::into(beforeState), soci::into(afterState);
    EXPECT_EQ(actor, "Ana Lima");
    EXPECT_GE(occurredAt, before);
    EXPECT_NO_THROW(Timestamp::fromIso8601(occurredAt));
    EXPECT_EQ(entity, "client");
    EXPECT_EQ(entityId, "42");
    EXPECT_EQ(action, "update");
    EXPECT_EQ(beforeState, R"({"name":"Zoe"})");
    EXPECT_EQ(afterState, R"({"name":"Zoë"})");
}

TEST_P(AuditTrail, AnEntryWithoutRecordOrStatesStoresNulls)
{
    WriteTransaction transaction(*m_database, "Ana Lima");
    transaction.audit({"practice", "", "backup", std::nullopt, std::nullopt});
    transaction.commit();
    EXPECT_EQ(rows("entity = 'practice' AND entity_id IS NULL AND before_state IS NULL "
                   "AND after_state IS NULL"), 1);
}

TEST_P(AuditTrail, AChangeThatFailsBeforeCommitLeavesNoTrace)
{
    const int before = rows();
    try {
        WriteTransaction transaction(*m_database, "Ana Lima");
        transaction.audit({"client", "7", "create", std::nullopt, "{}"});
        throw std::runtime_error("validation failed half-way");
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(rows(), before);
}

TEST_P(AuditTrail, AChangeWithoutAnAuditRowCannotBeCommitted)
{
    WriteTransaction transaction(*m_database, "Ana Lima");
    EXPECT_THROW(transaction.commit(), std::logic_error);
}

TEST_P(AuditTrail, RowsCannotBeChangedOrDeletedEvenByAnotherProgram)
{
    WriteTransaction transaction(*m_database, "Ana Lima");
    transaction.audit({"client", "1", "create", std::nullopt, "{}"});
    transaction.commit();
    const int before = rows();

    EXPECT_THROW(m_database->session() << "UPDATE audit_log SET actor = 'someone else'", soci::soci_error);
    EXPECT_THROW(m_database->session() << "DELETE FROM audit_log", soci::soci_error);
    for (const std::string sql : {"DELETE FROM audit_log", "UPDATE audit_log SET actor = 'someone else'"}) {
        try {
            m_practice.query(sql);
            FAIL() << sql << " worked behind Knotwork's back";
        } catch (const std::runtime_error& error) {
            EXPECT_NE(std::string(error.what()).find("append-only"), std::string::npos) << error.what();
        }
    }
    if (m_practice.onServer()) {
        EXPECT_THROW(m_practice.query("TRUNCATE audit_log"), std::runtime_error);
    }
    EXPECT_EQ(rows(), before);
    EXPECT_EQ(rows("actor = 'someone else'"), 0);
}

KNOTWORK_ON_BOTH_BACKENDS(AuditTrail);

} // namespace
} // namespace knotwork::db
