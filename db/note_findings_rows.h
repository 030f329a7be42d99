#pragma once

#include <array>
#include <map>
#include <vector>
#include <soci/soci.h>

#include "db/row_reader.h"
#include "sessions/visit_findings.h"

namespace knotwork::db {

// Writes what a signed note measured into note_findings, inside the transaction that signs (or
// imports) it. One prepared statement for any number of notes.
class NoteFindingsWriter {
public:
    explicit NoteFindingsWriter(soci::session& session);
    void insert(const sessions::VisitFindings& findings, clients::ClientId client);

private:
    long long m_noteId = 0, m_clientId = 0;
    std::string m_visitDate;
    int m_diaryDays = 0;
    Nullable<int> m_headacheDays, m_average, m_worst, m_medicationDays;
    std::array<Nullable<int>, 12> m_rom;  // before and after, per direction
    Nullable<int> m_cfrtLeft, m_cfrtRight, m_painBefore, m_painAfter;
    soci::statement m_insert;
};

// The client's findings, oldest visit first.
std::vector<sessions::VisitFindings> readNoteFindings(soci::session& session,
                                                      clients::ClientId client);
// The findings of each of `clients` that has any, in one read, each client's oldest visit first.
std::map<clients::ClientId, std::vector<sessions::VisitFindings>>
readNoteFindings(soci::session& session, const std::vector<clients::ClientId>& clients);

} // namespace knotwork::db
