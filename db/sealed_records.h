#pragma once

#include <functional>
#include <optional>
#include <soci/soci.h>

#include "integrity/record_seal.h"

namespace knotwork::db {
class Database;
}

namespace knotwork::db {

// Reads what the chain seals of each kind of record: its columns in a fixed order, as text, so
// the digest computed when it was sealed and the one verify computes read the same bytes. The
// one place the chain's idea of a record's content is written down.

// The sealed content of one record; nullopt when there is no such record (a note: no such
// signed note). A Key link's record is its row of record_keys (fingerprint, started_at).
std::optional<integrity::SealedFields> sealedFields(soci::session& session, integrity::SealKind kind,
                                                    long long recordId);
// The same on the practice's own connection, through its kept statements.
std::optional<integrity::SealedFields> sealedFields(Database& database, integrity::SealKind kind, long long recordId);

// Every record of `kind` the chain must cover (every audit row, addendum, disclosure entry and
// key; only signed notes), in id (key number) order, streamed one at a time.
void forEachSealableRecord(soci::session& session, integrity::SealKind kind,
                           const std::function<void(long long recordId, const integrity::SealedFields&)>& visit);

// The newest link, or nullopt before the chain has started.
std::optional<integrity::ChainHead> chainHead(Database& database);

} // namespace knotwork::db
