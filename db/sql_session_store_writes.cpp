// SqlSessionStore's writes: each one WriteTransaction; all but a draft's autosave audited.
#include "db/sql_session_store.h"

#include <map>
#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "common/error.h"
#include "common/i18n.h"
#include "db/note_findings_rows.h"
#include "db/session_row_writer.h"
#include "db/storage_errors.h"
#include "db/write_transaction.h"
#include "sessions/note_rules.h"
#include "sessions/session_choices.h"
#include "sessions/session_json.h"

namespace knotwork::db {

using namespace knotwork::sessions;

namespace {

// What the audit trail says of a note's lifecycle step. The content itself is in the note,
// which the database keeps unchanged once signed.
std::string lifecycleJson(const SoapNote& note)
{
    nlohmann::json json = {{"id", note.id},
                           {"client_id", note.clientId},
                           {"visit_date", isoDate(note.visitDate)},
                           {"status", std::string(keyOf(note.status))}};
    if (note.signedAt) {
        json["signed_at"] = note.signedAt->iso8601();
        json["signed_by"] = note.signedBy;
        json["late_entry"] = note.lateEntry;
        if (!note.overrideReason.empty())
            json["override_reason"] = note.overrideReason;
    }
    return json.dump();
}

std::optional<std::string> statusOfNote(soci::session& session, NoteId id)
{
    std::string status;
    soci::indicator found = soci::i_null;
    session << "SELECT status FROM session_notes WHERE id = :id", soci::use(id),
        soci::into(status, found);
    return session.got_data() && found == soci::i_ok ? std::optional(status) : std::nullopt;
}

[[noreturn]] void throwNoNote(NoteId id)
{
    throw NotFoundError(formatMessage(_("There is no session note number {} in this practice."), id));
}

} // namespace

void SqlSessionStore::throwStale(NoteId id)
{
    const auto status = statusOfNote(m_database.session(), id);
    if (!status)
        throwNoNote(id);
    if (*status == "signed")
        throw ConflictError(_("This session note has been signed, so it cannot be changed any "
                              "more. Corrections are added as addenda."));
    throw ConflictError(_("This session note was changed elsewhere (in another window or by "
                          "knotwork-cli) since you opened it. Nothing was overwritten: open it "
                          "again to see the latest version."));
}

NoteId SqlSessionStore::createDraft(const SoapNote& note)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        int clients = 0;
        transaction.session() << "SELECT COUNT(*) FROM clients WHERE id = :id",
            soci::use(note.clientId), soci::into(clients);
        if (clients == 0)
            throw NotFoundError(formatMessage(_("There is no client number {} in this practice."),
                                              note.clientId));
        if (draftOf(note.clientId))
            throw ConflictError(_("This client already has an unsigned session note. Finish or "
                                  "discard it before starting another."));
        SoapNote draft = asNewDraft(note);
        draft.id = SessionRowWriter(transaction.session()).insert(draft);
        transaction.audit({"note", std::to_string(draft.id), "create", std::nullopt,
                           lifecycleJson(draft)});
        transaction.commit();
        return draft.id;
    } catch (...) {
        rethrowAsStorageError(_("starting a session note"));
    }
}

int SqlSessionStore::saveDraft(const SoapNote& note)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        if (!SessionRowWriter(transaction.session()).updateDraft(note))
            throwStale(note.id);
        transaction.commitUnaudited();
        return note.rowVersion + 1;
    } catch (...) {
        rethrowAsStorageError(_("saving the draft"));
    }
}

void SqlSessionStore::sign(const SoapNote& note)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        SessionRowWriter writer(transaction.session());
        if (!writer.sign(note))
            throwStale(note.id);
        writer.advanceLastVisit(note.clientId, note.visitDate);
        NoteFindingsWriter(transaction.session()).insert(findingsOf(note), note.clientId);
        transaction.seal(integrity::SealKind::SignedNote, note.id);
        transaction.audit({"note", std::to_string(note.id), "sign", std::nullopt, lifecycleJson(note)});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("signing the session note"));
    }
}

void SqlSessionStore::discardDraft(NoteId id, int rowVersion)
{
    try {
        const SoapNote draft = note(id);
        WriteTransaction transaction(m_database, m_actor);
        soci::statement remove = (transaction.session().prepare
                                      << "DELETE FROM session_notes WHERE id = :id AND row_version "
                                         "= :row_version AND status = 'draft'",
                                  soci::use(id), soci::use(rowVersion));
        remove.execute(true);
        if (remove.get_affected_rows() != 1)
            throwStale(id);
        transaction.audit({"note", std::to_string(id), "discard", nlohmann::json(draft).dump(),
                           std::nullopt});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("discarding the draft"));
    }
}

long long SqlSessionStore::addAddendum(NoteId id, const Addendum& addendum)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const auto status = statusOfNote(transaction.session(), id);
        if (!status)
            throwNoNote(id);
        if (*status != "signed")
            throw ConflictError(_("This session note is not signed yet: change the draft itself. "
                                  "Addenda are for signed notes."));
        const long long addendumId = SessionRowWriter(transaction.session()).insertAddendum(id, addendum);
        transaction.seal(integrity::SealKind::Addendum, addendumId);
        Addendum stored = addendum;
        stored.id = addendumId;
        nlohmann::json after = stored;
        after["note_id"] = id;
        transaction.audit({"addendum", std::to_string(addendumId), "create", std::nullopt, after.dump()});
        transaction.commit();
        return addendumId;
    } catch (...) {
        rethrowAsStorageError(_("adding the addendum"));
    }
}

std::vector<NoteId> SqlSessionStore::importNotes(std::span<const SoapNote> notes)
{
    std::vector<NoteId> ids;
    if (notes.empty())
        return ids;
    ids.reserve(notes.size());
    try {
        WriteTransaction transaction(m_database, m_actor);
        SessionRowWriter writer(transaction.session());
        NoteFindingsWriter findings(transaction.session(), kImportRowsPerStatement);
        std::map<clients::ClientId, Date> lastVisits;  // each client's is moved forward once
        for (const SoapNote& note : notes) {
            const NoteId id = ids.emplace_back(writer.insertImported(note));
            if (note.signedNote())
                transaction.seal(integrity::SealKind::SignedNote, id, writer.sealedFieldsOfInsert());
            for (const Addendum& addendum : note.addenda) {
                const long long addendumId = writer.insertAddendum(id, addendum);
                transaction.seal(integrity::SealKind::Addendum, addendumId, writer.sealedFieldsOfAddendum());
            }
            if (!note.signedNote())
                continue;
            const auto [latest, first] = lastVisits.try_emplace(note.clientId, note.visitDate);
            if (!first && latest->second < note.visitDate)
                latest->second = note.visitDate;
            VisitFindings measured = findingsOf(note);
            measured.noteId = id;
            findings.insert(measured, note.clientId);
        }
        findings.flush();
        for (const auto& [client, visit] : lastVisits)
            writer.advanceLastVisit(client, visit);
        transaction.audit({"note", "", "import", std::nullopt,
                           nlohmann::json{{"count", notes.size()}}.dump()});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("adding session notes"));
    }
    return ids;
}

} // namespace knotwork::db
