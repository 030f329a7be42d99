#pragma once

#include <string>

#include "db/database.h"
#include "sessions/session_store.h"

namespace knotwork::db {

// SessionStore over the practice database. Reads are plain queries (a history reads only the
// summary columns, answered from their index); each write is one WriteTransaction. Autosaving a
// draft is the one write without an audit row; creating, signing and discarding a draft and
// adding an addendum are audited. The database itself refuses changes to signed notes and
// addenda (triggers of migration 0003).
class SqlSessionStore : public sessions::SessionStore {
public:
    SqlSessionStore(Database& database, std::string actor);

    std::vector<sessions::NoteSummary> history(clients::ClientId client) override;
    sessions::SoapNote note(sessions::NoteId id) override;
    std::vector<sessions::SoapNote> signedNotes(clients::ClientId client, const Date& from,
                                                const Date& to) override;
    std::optional<sessions::SoapNote> latestSigned(clients::ClientId client,
                                                   const Date& onOrBefore) override;
    std::vector<sessions::VisitFindings> findings(clients::ClientId client) override;
    std::map<clients::ClientId, std::vector<sessions::VisitFindings>>
    findingsOfClients(const std::vector<clients::ClientId>& clients) override;
    std::optional<sessions::NoteId> draftOf(clients::ClientId client) override;
    std::vector<sessions::DraftRef> drafts() override;

    sessions::NoteId createDraft(const sessions::SoapNote& note) override;
    int saveDraft(const sessions::SoapNote& note) override;
    void sign(const sessions::SoapNote& note) override;
    void discardDraft(sessions::NoteId id, int rowVersion) override;
    long long addAddendum(sessions::NoteId id, const sessions::Addendum& addendum) override;
    std::vector<sessions::NoteId> importNotes(std::span<const sessions::SoapNote> notes) override;

private:
    // After a write to a draft changed no row: NotFoundError, or ConflictError saying whether
    // the note was signed meanwhile or changed elsewhere.
    [[noreturn]] void throwStale(sessions::NoteId id);

    Database& m_database;
    std::string m_actor;
};

} // namespace knotwork::db
