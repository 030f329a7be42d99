#pragma once

#include <memory>
#include <string>

#include "db/audit_entry.h"
#include "db/database.h"
#include "integrity/record_seal.h"

namespace knotwork::db {

// The one way to write to a practice. Takes the write lock at once, records audit rows in the
// same transaction, and rolls everything back unless commit() is reached. commit() refuses a
// transaction that recorded no audit row: every change to the practice leaves a trace. Inside a
// user action (SqlUnitOfWork) it is a savepoint of the action's transaction.
class SealAppender;

class WriteTransaction {
public:
    // RecordKeyMissingError when the practice's chain has started and this computer lacks its
    // current key: nothing is written to such a practice.
    WriteTransaction(Database& database, std::string actor);
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    ~WriteTransaction();

    soci::session& session() { return m_database.session(); }
    Database& database() { return m_database; }

    // Appends the audit row and seals it into the record chain.
    void audit(const AuditEntry& entry);
    // Seals a record that has just become part of the record (a note when signed, an addendum, a
    // disclosure entry) with the next link of the chain, keyed with the database's current
    // chain key. Nothing before the chain has started; RecordKeyMissingError when it has and
    // this computer lacks its key.
    void seal(integrity::SealKind kind, long long recordId);
    // The same with the record's sealed fields already in hand: read (db::forEachSealableRecord)
    // or, for a bulk import, the values just written (SessionRowWriter::sealedFieldsOfInsert).
    void seal(integrity::SealKind kind, long long recordId, const integrity::SealedFields& fields);
    void commit();
    // Commits without an audit row: only for autosaving a draft's working copy, which is not yet
    // part of the record (creating, signing and discarding it are audited).
    void commitUnaudited();

private:
    // RecordKeyMissingError when this computer lacks the key new links are sealed with.
    const integrity::ChainKey& requireCurrentKey() const;

    Database& m_database;
    std::string m_actor;
    std::unique_ptr<SealAppender> m_sealAppender;  // prepared at the first seal
    int m_auditRows = 0;
    bool m_open = false;
};

} // namespace knotwork::db
