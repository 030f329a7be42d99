#pragma once
// SessionStore kept in memory, for tests of rules that have nothing to do with SQL. It behaves
// as SqlSessionStore does where services rely on it: ids are assigned, a client has one draft
// at a time (ConflictError), a stale rowVersion or a signed note refuses changes (ConflictError),
// an unknown note or client is a NotFoundError, history is newest visit first, signing sets the
// client's last visit, addenda go on signed notes only. `clock` stamps creating and saving.

#include <map>

#include "common/clock.h"
#include "sessions/session_store.h"
#include "support/in_memory_client_store.h"

namespace knotwork::testing {

class InMemorySessionStore final : public sessions::SessionStore {
public:
    InMemorySessionStore(InMemoryClientStore& clients, Clock clock);

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
    struct Stored {
        sessions::SoapNote note;
        Timestamp savedAt;
    };

    // NotFoundError when there is no such note.
    Stored& stored(sessions::NoteId id);
    // The draft a write may change: ConflictError when it is signed or `rowVersion` is stale.
    Stored& currentDraft(sessions::NoteId id, int rowVersion);
    // The client's notes, oldest visit first (ties by id); signed ones only when asked.
    std::vector<const sessions::SoapNote*> notesOf(clients::ClientId client, bool signedOnly) const;
    sessions::NoteId insert(sessions::SoapNote note);

    InMemoryClientStore& m_clients;
    Clock m_clock;
    long long m_lastId = 0;  // notes and addenda
    std::map<sessions::NoteId, Stored> m_notes;
};

} // namespace knotwork::testing
