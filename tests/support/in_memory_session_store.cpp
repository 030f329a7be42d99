#include "support/in_memory_session_store.h"

#include <algorithm>
#include <tuple>

#include "common/error.h"
#include "sessions/note_rules.h"
#include "sessions/visit_findings.h"

namespace knotwork::testing {

using namespace knotwork::sessions;
using clients::ClientId;

InMemorySessionStore::InMemorySessionStore(InMemoryClientStore& clients, Clock clock)
    : m_clients(clients), m_clock(std::move(clock))
{
}

InMemorySessionStore::Stored& InMemorySessionStore::stored(NoteId id)
{
    const auto found = m_notes.find(id);
    if (found == m_notes.end())
        throw NotFoundError("There is no session note number " + std::to_string(id) + " in this practice.");
    return found->second;
}

InMemorySessionStore::Stored& InMemorySessionStore::currentDraft(NoteId id, int rowVersion)
{
    Stored& draft = stored(id);
    if (draft.note.signedNote())
        throw ConflictError("This session note has been signed, so it cannot be changed any more. "
                            "Corrections are added as addenda.");
    if (draft.note.rowVersion != rowVersion)
        throw ConflictError("This session note was changed elsewhere since you opened it.");
    return draft;
}

std::vector<const SoapNote*> InMemorySessionStore::notesOf(ClientId client, bool signedOnly) const
{
    std::vector<const SoapNote*> notes;
    for (const auto& [id, stored] : m_notes)
        if (stored.note.clientId == client && (!signedOnly || stored.note.signedNote()))
            notes.push_back(&stored.note);
    std::sort(notes.begin(), notes.end(), [](const SoapNote* a, const SoapNote* b) {
        return std::tie(a->visitDate, a->id) < std::tie(b->visitDate, b->id);
    });
    return notes;
}

std::vector<NoteSummary> InMemorySessionStore::history(ClientId client)
{
    std::vector<NoteSummary> history;
    const std::vector<const SoapNote*> notes = notesOf(client, false);
    for (auto note = notes.rbegin(); note != notes.rend(); ++note) {
        NoteSummary& summary = history.emplace_back(summarize(**note));
        summary.kind = (*note)->kind;
    }
    return history;
}

SoapNote InMemorySessionStore::note(NoteId id)
{
    return stored(id).note;
}

std::vector<SoapNote> InMemorySessionStore::signedNotes(ClientId client, const Date& from, const Date& to)
{
    std::vector<SoapNote> notes;
    for (const SoapNote* note : notesOf(client, true))
        if (note->visitDate >= from && note->visitDate <= to)
            notes.push_back(*note);
    return notes;
}

std::optional<SoapNote> InMemorySessionStore::latestSigned(ClientId client, const Date& onOrBefore)
{
    std::optional<SoapNote> latest;
    for (const SoapNote* note : notesOf(client, true))
        if (note->visitDate <= onOrBefore)
            latest = *note;
    return latest;
}

std::vector<VisitFindings> InMemorySessionStore::findings(ClientId client)
{
    std::vector<VisitFindings> all;
    for (const SoapNote* note : notesOf(client, true)) {
        all.push_back(findingsOf(*note));
        all.back().noteId = note->id;
    }
    return all;
}

std::map<ClientId, std::vector<VisitFindings>>
InMemorySessionStore::findingsOfClients(const std::vector<ClientId>& clients)
{
    std::map<ClientId, std::vector<VisitFindings>> all;
    for (const ClientId client : clients)
        if (std::vector<VisitFindings> found = findings(client); !found.empty())
            all.emplace(client, std::move(found));
    return all;
}

std::optional<NoteId> InMemorySessionStore::draftOf(ClientId client)
{
    for (const auto& [id, stored] : m_notes)
        if (stored.note.clientId == client && !stored.note.signedNote())
            return id;
    return std::nullopt;
}

std::vector<DraftRef> InMemorySessionStore::drafts()
{
    std::vector<DraftRef> drafts;
    for (const auto& [id, stored] : m_notes) {
        if (stored.note.signedNote())
            continue;
        DraftRef& draft = drafts.emplace_back();
        draft.id = id;
        draft.clientId = stored.note.clientId;
        draft.clientName = clients::fullName(m_clients.chart(draft.clientId).client);
        draft.visitDate = stored.note.visitDate;
        draft.savedAt = stored.savedAt;
    }
    std::sort(drafts.begin(), drafts.end(), [](const DraftRef& a, const DraftRef& b) {
        return std::tie(b.savedAt, b.id) < std::tie(a.savedAt, a.id);  // newest first
    });
    return drafts;
}

NoteId InMemorySessionStore::insert(SoapNote note)
{
    note.id = ++m_lastId;
    note.rowVersion = 1;
    if (!note.createdAt)
        note.createdAt = m_clock.now();
    std::vector<Addendum> addenda = std::move(note.addenda);
    note.addenda.clear();
    for (Addendum& addendum : addenda)
        note.addenda.emplace_back(addendum).id = ++m_lastId;
    m_notes.insert_or_assign(note.id, Stored{note, *note.createdAt});
    return note.id;
}

NoteId InMemorySessionStore::createDraft(const SoapNote& note)
{
    m_clients.chart(note.clientId);  // NotFoundError for an unknown client
    if (draftOf(note.clientId))
        throw ConflictError("This client already has an unsigned session note. Finish or discard it "
                            "before starting another.");
    SoapNote draft = asNewDraft(note);
    draft.createdAt = m_clock.now();
    return insert(draft);
}

int InMemorySessionStore::saveDraft(const SoapNote& note)
{
    Stored& draft = currentDraft(note.id, note.rowVersion);
    // What autosave writes: the content, never the client or the lifecycle.
    SoapNote saved = draft.note;
    saved.visitDate = note.visitDate;
    saved.visitTime = note.visitTime;
    saved.kind = note.kind;
    saved.subjective = note.subjective;
    saved.objective = note.objective;
    saved.assessment = note.assessment;
    saved.plan = note.plan;
    saved.carriedForward = note.carriedForward;
    saved.carriedFromNoteId = note.carriedFromNoteId;
    ++saved.rowVersion;
    draft = Stored{saved, m_clock.now()};
    return saved.rowVersion;
}

void InMemorySessionStore::sign(const SoapNote& note)
{
    Stored& draft = currentDraft(note.id, note.rowVersion);
    draft.note.status = NoteStatus::Signed;
    draft.note.signedAt = note.signedAt;
    draft.note.signedBy = note.signedBy;
    draft.note.lateEntry = note.lateEntry;
    draft.note.overrideReason = note.overrideReason;
    ++draft.note.rowVersion;
    draft.savedAt = m_clock.now();
    m_clients.advanceLastVisit(draft.note.clientId, draft.note.visitDate);
}

void InMemorySessionStore::discardDraft(NoteId id, int rowVersion)
{
    currentDraft(id, rowVersion);
    m_notes.erase(id);
}

long long InMemorySessionStore::addAddendum(NoteId id, const Addendum& addendum)
{
    SoapNote& note = stored(id).note;
    if (!note.signedNote())
        throw ConflictError("This session note is not signed yet: change the draft itself. Addenda "
                            "are for signed notes.");
    Addendum& added = note.addenda.emplace_back(addendum);
    added.id = ++m_lastId;
    return added.id;
}

std::vector<NoteId> InMemorySessionStore::importNotes(std::span<const SoapNote> notes)
{
    std::vector<NoteId> ids;
    ids.reserve(notes.size());
    for (const SoapNote& note : notes) {
        ids.push_back(insert(note));
        if (note.signedNote())
            m_clients.advanceLastVisit(note.clientId, note.visitDate);
    }
    return ids;
}

} // namespace knotwork::testing
