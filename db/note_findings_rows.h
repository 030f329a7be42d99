#pragma once

#include <map>
#include <vector>
#include <soci/soci.h>

#include "db/batched_insert.h"
#include "db/row_reader.h"
#include "sessions/visit_findings.h"

namespace knotwork::db {

// Writes what a signed note measured into note_findings, inside the transaction that signs (or
// imports) it: each row as it is given, or for an import rowsPerStatement at a time, the rest at
// flush().
class NoteFindingsWriter {
public:
    explicit NoteFindingsWriter(soci::session& session, std::size_t rowsPerStatement = 1);
    void insert(const sessions::VisitFindings& findings, clients::ClientId client);
    void flush() { m_insert.flush(); }

private:
    BatchedInsert m_insert;
};

// The client's findings, oldest visit first.
std::vector<sessions::VisitFindings> readNoteFindings(Database& database, clients::ClientId client);
// The findings of each of `clients` that has any, in one read, each client's oldest visit first.
std::map<clients::ClientId, std::vector<sessions::VisitFindings>>
readNoteFindings(soci::session& session, const std::vector<clients::ClientId>& clients);

} // namespace knotwork::db
