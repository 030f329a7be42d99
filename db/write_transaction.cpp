#include "db/write_transaction.h"

#include <stdexcept>
#include <soci/soci.h>

#include "common/error.h"
#include "common/i18n.h"
#include "common/timestamp.h"
#include "db/row_reader.h"
#include "db/sealed_records.h"
#include "db/storage_errors.h"

namespace knotwork::db {

// The prepared INSERT of a link, binding its own members, so an import of thousands of records
// appends its links without preparing a statement each.
class SealAppender {
public:
    explicit SealAppender(soci::session& session)
        : m_insert((session.prepare << "INSERT INTO record_seals (position, kind, record_id, digest, mac, key_number) "
                                       "VALUES (:position, :kind, :record_id, :digest, :mac, :key_number)",
                    soci::use(m_position, "position"), soci::use(m_kind, "kind"), soci::use(m_recordId, "record_id"),
                    soci::use(m_digest, "digest"), soci::use(m_mac, "mac"), soci::use(m_keyNumber, "key_number")))
    {
    }

    void append(long long position, integrity::SealKind kind, long long recordId, const std::string& digest,
                const std::string& mac, int keyNumber)
    {
        m_position = position;
        m_kind = std::string(integrity::keyOf(kind));
        m_recordId = recordId;
        m_digest = digest;
        m_mac = mac;
        m_keyNumber = keyNumber;
        m_insert.execute(true);
    }

private:
    long long m_position = 0, m_recordId = 0;
    std::string m_kind, m_digest, m_mac;
    int m_keyNumber = 0;
    soci::statement m_insert;
};

WriteTransaction::WriteTransaction(Database& database, std::string actor)
    : m_database(database), m_actor(std::move(actor))
{
    if (m_database.chainKeys().currentNumber != 0)
        requireCurrentKey();  // refused before anything is written
    m_database.beginWrite();
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    m_sealAppender.reset();  // its statement is finalized before the write ends
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
    // Sealed as written, the columns in db/sealed_records' order (all text, so they read back the
    // same): a front desk on a clinic server writes the trail but may not read it.
    seal(integrity::SealKind::AuditEntry, insertedId(session(), "audit_log"),
         {when, m_actor, entry.entity,
          entry.entityId.empty() ? std::nullopt : std::optional<std::string>(entry.entityId), entry.action,
          entry.before, entry.after});
}

void WriteTransaction::seal(integrity::SealKind kind, long long recordId)
{
    if (m_database.chainKeys().currentNumber == 0)
        return;
    requireCurrentKey();
    const auto fields = sealedFields(m_database, kind, recordId);
    if (!fields)
        throw std::logic_error("WriteTransaction::seal: no " + std::string(integrity::keyOf(kind)) + " "
                               + std::to_string(recordId) + " to seal");
    seal(kind, recordId, *fields);
}

void WriteTransaction::seal(integrity::SealKind kind, long long recordId, const integrity::SealedFields& fields)
{
    const integrity::ChainKeyring& keys = m_database.chainKeys();
    if (keys.currentNumber == 0)
        return;
    const integrity::ChainKey& key = requireCurrentKey();
    const std::string digest = integrity::recordDigest(kind, recordId, fields);
    std::optional<integrity::ChainHead>& head = m_database.knownChainHead();
    if (!head)
        head = chainHead(m_database);
    const long long position = head ? head->position + 1 : 1;
    std::string mac =
        integrity::linkMac(key, head ? head->mac : integrity::kChainStart, position, kind, recordId, digest);
    try {
        if (!m_sealAppender)
            m_sealAppender = std::make_unique<SealAppender>(session());
        m_sealAppender->append(position, kind, recordId, digest, mac, keys.currentNumber);
    } catch (...) {
        head.reset();
        rethrowAsStorageError(_("sealing the change into the record chain"));
    }
    head = integrity::ChainHead{position, std::move(mac)};
}

const integrity::ChainKey& WriteTransaction::requireCurrentKey() const
{
    const integrity::ChainKey* key = m_database.chainKeys().current();
    if (!key)
        throw RecordKeyMissingError(
            _("This practice's record key is not on this computer, so nothing can be saved to it. Enter the "
              "recovery code you wrote down when the practice was made (knotwork-cli key restore), or start a "
              "new key."));
    return *key;
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
