#pragma once

#include <span>
#include <vector>

#include "sessions/note_queries.h"
#include "sessions/soap_note.h"

namespace knotwork::sessions {

// Where notes are kept (db/ implements it over SQL). Signed notes and addenda are append-only,
// enforced by the database itself. Writes that carry a stale rowVersion throw ConflictError and
// change nothing; a note or client that is not there throws NotFoundError.
class SessionStore : public NoteQueries {
public:
    // Stores a new draft (note.id 0), audited. Returns its id. ConflictError when the client
    // already has a draft.
    virtual NoteId createDraft(const SoapNote& note) = 0;
    // Autosave of a draft's content: one transaction, not audited (a draft is not yet part of
    // the record; creating, signing and discarding it are). Returns the new rowVersion.
    virtual int saveDraft(const SoapNote& note) = 0;
    // Signs the draft as it is stored: `note` carries id, rowVersion, signedAt, signedBy,
    // lateEntry and overrideReason. Sets the client's last visit. Audited with the whole note.
    virtual void sign(const SoapNote& note) = 0;
    // Deletes an unsigned note, audited with its content.
    virtual void discardDraft(NoteId id, int rowVersion) = 0;
    // Appends a correction to a signed note. Returns the addendum's id.
    virtual long long addAddendum(NoteId id, const Addendum& addendum) = 0;

    // Adds many notes (signed or not, with addenda) in one transaction: the demo practice. Returns
    // their ids, in order.
    virtual std::vector<NoteId> importNotes(std::span<const SoapNote> notes) = 0;
};

} // namespace knotwork::sessions
