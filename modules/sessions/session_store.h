#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "sessions/soap_note.h"
#include "sessions/visit_findings.h"

namespace knotwork::sessions {

// Where notes are kept (db/ implements it over SQL). Signed notes and addenda are append-only,
// enforced by the database itself. Writes that carry a stale rowVersion throw ConflictError and
// change nothing; a note or client that is not there throws NotFoundError.
class SessionStore {
public:
    virtual ~SessionStore() = default;

    // The client's notes, newest visit first, from summary columns (no note body is read).
    virtual std::vector<NoteSummary> history(ClientId client) = 0;
    // The whole note with its addenda.
    virtual SoapNote note(NoteId id) = 0;
    // The client's signed notes with visits from `from` to `to`, oldest first, with addenda:
    // one read for a report, however many visits.
    virtual std::vector<SoapNote> signedNotes(ClientId client, const Date& from, const Date& to) = 0;
    // The latest signed note of the client with a visit on or before `onOrBefore`.
    virtual std::optional<SoapNote> latestSigned(ClientId client, const Date& onOrBefore) = 0;
    // What each signed note of the client measured, oldest visit first: the progress charts
    // and goals read these, never the note bodies.
    virtual std::vector<VisitFindings> findings(ClientId client) = 0;
    // The client's unsigned note, if any (there is at most one per client: the visit being
    // charted).
    virtual std::optional<NoteId> draftOf(ClientId client) = 0;
    // Every unsigned note of the practice, newest first: reopened after a restart or crash.
    virtual std::vector<DraftRef> drafts() = 0;

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

    // Adds many notes (signed or not, with addenda) in one transaction: the demo practice.
    virtual void importNotes(std::span<const SoapNote> notes) = 0;
};

} // namespace knotwork::sessions
