#include "db/write_transaction.h"

#include <stdexcept>
#include <soci/soci.h>

#include "common/i18n.h"
#include "common/timestamp.h"
#include "db/storage_errors.h"

namespace knotwork::db {

WriteTransaction::WriteTransaction(Database& database, std::string actor)
    : m_database(database), m_actor(std::move(actor))
{
    m_database.beginWrite();
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        m_database.rollbackWrite();
}

void WriteTransaction::audit(const AuditEntry& entry)
{
    const std::string when = Timestamp::now().iso8601();
    const std::string none;
    soci::indicator entityIdSet = entry.entityId.empty() ? soci::i_null : soci::i_ok;
    soci::indicator beforeSet = entry.before ? soci::i_ok : soci::i_null;
    soci::indicator afterSet = entry.after ? soci::i_ok : soci::i_null;
    try {
        session() << "INSERT INTO audit_log (occurred_at, actor, entity, entity_id, action, "
                     "before_state, after_state) VALUES (:at, :actor, :entity, :entityId, :action, "
                     ":before, :after)",
            soci::use(when), soci::use(m_actor), soci::use(entry.entity),
            soci::use(entry.entityId, entityIdSet), soci::use(entry.action),
            soci::use(entry.before ? *entry.before : none, beforeSet),
            soci::use(entry.after ? *entry.after : none, afterSet);
    } catch (...) {
        rethrowAsStorageError(_("recording the change in the audit trail"));
    }
    ++m_auditRows;
}

void WriteTransaction::commit()
{
    if (m_auditRows == 0)
        throw std::logic_error("WriteTransaction::commit: a change without an audit row");
    commitUnaudited();
}

void WriteTransaction::commitUnaudited()
{
    m_database.commitWrite();
    m_open = false;
}

} // namespace knotwork::db
