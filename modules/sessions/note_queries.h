#pragma once

#include <map>
#include <optional>
#include <vector>

#include "sessions/soap_note.h"
#include "sessions/visit_findings.h"

namespace knotwork::sessions {

// Reading session notes: what screens, commands and other services may do with notes
// directly. Writes go through SessionService, whose SessionStore adds them.
class NoteQueries {
public:
    virtual ~NoteQueries() = default;

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
    // findings() of each of `clients` that has signed notes, in one read: a list over many
    // clients' progress.
    virtual std::map<ClientId, std::vector<VisitFindings>>
    findingsOfClients(const std::vector<ClientId>& clients) = 0;
    // The client's unsigned note, if any (there is at most one per client: the visit being
    // charted).
    virtual std::optional<NoteId> draftOf(ClientId client) = 0;
    // Every unsigned note of the practice, newest first: reopened after a restart or crash.
    virtual std::vector<DraftRef> drafts() = 0;
};

} // namespace knotwork::sessions
