// SqlSessionStore's reads.
#include "db/sql_session_store.h"

#include <functional>
#include <map>
#include <soci/soci.h>

#include "clients/client.h"
#include "common/error.h"
#include "common/i18n.h"
#include "db/note_findings_rows.h"
#include "db/record_damage.h"
#include "db/row_reader.h"
#include "db/storage_errors.h"
#include "sessions/session_choices.h"
#include "sessions/session_json.h"

namespace knotwork::db {

using namespace knotwork::sessions;

SqlSessionStore::SqlSessionStore(Database& database, std::string actor)
    : m_database(database), m_actor(std::move(actor))
{
}

std::vector<NoteSummary> SqlSessionStore::history(ClientId client)
{
    try {
        std::vector<NoteSummary> notes;
        forEachRow(m_database,
                   "SELECT id, visit_date, status, kind, diary_days, headache_days, average_intensity, "
                   "worst_intensity, rotation_left, rotation_right, late_entry, signed_at, "
                   "(SELECT COUNT(*) FROM note_addenda WHERE note_id = session_notes.id) AS addenda "
                   "FROM session_notes WHERE client_id = :id ORDER BY visit_date DESC, id DESC",
                   client, [&](const soci::row& row) {
            RowReader read(row);
            NoteSummary& summary = notes.emplace_back();
            summary.id = read.integer("id");
            readRecord(kSessionNote, summary.id, [&] {
                summary.visitDate = read.date("visit_date");
                summary.status = read.choice<NoteStatus>("status", "session_notes", std::to_string(summary.id));
                summary.kind = read.choice<NoteKind>("kind", "session_notes", std::to_string(summary.id));
                summary.diaryDays = static_cast<int>(read.integer("diary_days"));
                summary.headacheDays = read.optionalInt("headache_days");
                summary.averageIntensity = read.optionalInt("average_intensity");
                summary.worstIntensity = read.optionalInt("worst_intensity");
                summary.rotationLeft = read.optionalInt("rotation_left");
                summary.rotationRight = read.optionalInt("rotation_right");
                summary.lateEntry = read.flag("late_entry");
                if (auto signedAt = read.optionalText("signed_at"))
                    summary.signedAt = Timestamp::fromIso8601(*signedAt);
                summary.addendumCount = static_cast<int>(read.integer("addenda"));
            });
        });
        return notes;
    } catch (...) {
        rethrowAsStorageError(_("reading the client's session notes"));
    }
}

namespace {

// The columns of a whole note, in the order readNote reads them.
constexpr const char* kNoteColumns = "SELECT id, client_id, visit_date, visit_time, status, kind, body, created_at, "
                                     "signed_at, signed_by, late_entry, override_reason, row_version FROM session_notes ";

SoapNote readNote(const soci::row& row)
{
    RowReader read(row);
    SoapNote note;
    note.id = read.integer("id");
    readRecord(kSessionNote, note.id, [&] {
        note.clientId = read.integer("client_id");
        note.visitDate = read.date("visit_date");
        if (auto time = read.optionalText("visit_time"))
            note.visitTime = parseTimeOfDay(*time, "visit_time");
        note.status = read.choice<NoteStatus>("status", "session_notes", std::to_string(note.id));
        note.kind = read.choice<NoteKind>("kind", "session_notes", std::to_string(note.id));
        readNoteBody(std::string_view(read.text("body")), note);
        note.createdAt = read.timestamp("created_at");
        if (auto signedAt = read.optionalText("signed_at"))
            note.signedAt = Timestamp::fromIso8601(*signedAt);
        note.signedBy = read.text("signed_by");
        note.lateEntry = read.flag("late_entry");
        note.overrideReason = read.text("override_reason");
        note.rowVersion = static_cast<int>(read.integer("row_version"));
    });
    return note;
}

// Reads "note_id, id, written_at, author, text" rows into the notes' addenda.
void readAddendum(const soci::row& row, const std::function<SoapNote*(NoteId)>& noteOf)
{
    RowReader read(row);
    SoapNote* note = noteOf(read.integer("note_id"));
    if (!note)
        return;
    Addendum& addendum = note->addenda.emplace_back();
    addendum.id = read.integer("id");
    readRecord(kAddendumRecord, addendum.id, [&] {
        addendum.writtenAt = read.timestamp("written_at");
        addendum.author = read.text("author");
        addendum.text = read.text("text");
    });
}

} // namespace

SoapNote SqlSessionStore::note(NoteId id)
{
    try {
        std::optional<SoapNote> found;
        forEachRow(m_database, std::string(kNoteColumns) + "WHERE id = :id", id,
                   [&](const soci::row& row) { found = readNote(row); });
        if (!found)
            throw NotFoundError(formatMessage(_("There is no session note number {} in this practice."), id));
        forEachRow(m_database,
                   "SELECT note_id, id, written_at, author, text FROM note_addenda WHERE note_id = :id ORDER BY id",
                   id, [&](const soci::row& row) { readAddendum(row, [&](NoteId) { return &*found; }); });
        return *found;
    } catch (...) {
        rethrowAsStorageError(_("reading a session note"));
    }
}

std::vector<SoapNote> SqlSessionStore::signedNotes(ClientId client, const Date& from, const Date& to)
{
    try {
        const std::string first = isoDate(from), last = isoDate(to);
        std::vector<SoapNote> notes;
        std::map<NoteId, std::size_t> byId;
        StatementCache& statements = m_database.statements();
        statements.forEachRow(std::string(kNoteColumns)
                                  + "WHERE client_id = :id AND status = 'signed' AND visit_date >= :first "
                                    "AND visit_date <= :last ORDER BY visit_date, id",
                              [&](const soci::row& row) {
            notes.push_back(readNote(row));
            byId[notes.back().id] = notes.size() - 1;
        }, client, first, last);
        statements.forEachRow("SELECT a.note_id, a.id, a.written_at, a.author, a.text FROM note_addenda a "
                              "JOIN session_notes n ON n.id = a.note_id WHERE n.client_id = :id AND "
                              "n.status = 'signed' AND n.visit_date >= :first AND n.visit_date <= :last "
                              "ORDER BY a.id",
                              [&](const soci::row& row) {
            readAddendum(row, [&](NoteId id) {
                const auto found = byId.find(id);
                return found == byId.end() ? nullptr : &notes[found->second];
            });
        }, client, first, last);
        return notes;
    } catch (...) {
        rethrowAsStorageError(_("reading the client's session notes"));
    }
}

std::optional<SoapNote> SqlSessionStore::latestSigned(ClientId client, const Date& onOrBefore)
{
    std::optional<NoteId> latest;
    try {
        const std::string before = isoDate(onOrBefore);
        soci::row row;
        soci::statement statement =
            (m_database.session().prepare
                 << "SELECT id FROM session_notes WHERE client_id = :id AND status = 'signed' "
                    "AND visit_date <= :before ORDER BY visit_date DESC, id DESC LIMIT 1",
             soci::use(client, "id"), soci::use(before, "before"), soci::into(row));
        statement.execute(false);
        if (statement.fetch())
            latest = RowReader(row).integer("id");
    } catch (...) {
        rethrowAsStorageError(_("reading the client's session notes"));
    }
    return latest ? std::optional(note(*latest)) : std::nullopt;
}

std::vector<VisitFindings> SqlSessionStore::findings(ClientId client)
{
    try {
        return readNoteFindings(m_database, client);
    } catch (...) {
        rethrowAsStorageError(_("reading the client's progress"));
    }
}

std::map<ClientId, std::vector<VisitFindings>>
SqlSessionStore::findingsOfClients(const std::vector<ClientId>& clients)
{
    try {
        return readNoteFindings(m_database.session(), clients);
    } catch (...) {
        rethrowAsStorageError(_("reading the clients' progress"));
    }
}

std::optional<NoteId> SqlSessionStore::draftOf(ClientId client)
{
    try {
        std::optional<NoteId> draft;
        forEachRow(m_database,
                   "SELECT id FROM session_notes WHERE client_id = :id AND status = 'draft'",
                   client, [&](const soci::row& row) { draft = RowReader(row).integer("id"); });
        return draft;
    } catch (...) {
        rethrowAsStorageError(_("reading the client's session notes"));
    }
}

std::vector<DraftRef> SqlSessionStore::drafts()
{
    try {
        std::vector<DraftRef> drafts;
        soci::rowset<soci::row> rows = m_database.session().prepare
            << "SELECT n.id, n.client_id, c.family_name, c.given_names, c.preferred_name, "
               "n.visit_date, n.updated_at FROM session_notes n JOIN clients c ON c.id = "
               "n.client_id WHERE n.status = 'draft' ORDER BY n.updated_at DESC, n.id DESC";
        for (const soci::row& row : rows) {
            RowReader read(row);
            DraftRef& draft = drafts.emplace_back();
            draft.id = read.integer("id");
            draft.clientId = read.integer("client_id");
            clients::Client client;
            readRecord(kSessionNote, draft.id, [&] {
                client.familyName = read.text("family_name");
                client.givenNames = read.text("given_names");
                client.preferredName = read.text("preferred_name");
                draft.clientName = clients::fullName(client);
                draft.visitDate = read.date("visit_date");
                draft.savedAt = read.timestamp("updated_at");
            });
        }
        return drafts;
    } catch (...) {
        rethrowAsStorageError(_("looking for unsigned session notes"));
    }
}

} // namespace knotwork::db
