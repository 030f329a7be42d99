#pragma once

#include <string>
#include <soci/soci.h>

#include "db/row_reader.h"
#include "integrity/record_seal.h"
#include "sessions/soap_note.h"

namespace knotwork::db {

// Prepared statements that write session notes and addenda. Each binds its own members, so one
// writer stores thousands of notes (the demo) as cheaply as one. Create it inside the
// WriteTransaction that commits its rows.
class SessionRowWriter {
public:
    explicit SessionRowWriter(soci::session& session);

    // Returns the new id. Stores the lifecycle the note carries (the demo imports signed notes).
    sessions::NoteId insert(const sessions::SoapNote& note);
    // The same for a note written elsewhere (the demo): it keeps its createdAt, the date of
    // entry, when it has one.
    sessions::NoteId insertImported(const sessions::SoapNote& note);
    // False when the note is gone, signed, or its row_version is no longer note.rowVersion.
    bool updateDraft(const sessions::SoapNote& note);
    // Same conditions as updateDraft.
    bool sign(const sessions::SoapNote& note);
    long long insertAddendum(sessions::NoteId note, const sessions::Addendum& addendum);
    // What the record chain seals of the note (addendum) inserted last, from the values just
    // written: the same text db::sealedFields reads back from its row, without reading it.
    integrity::SealedFields sealedFieldsOfInsert() const;
    integrity::SealedFields sealedFieldsOfAddendum() const;
    // The client's last visit moves forward to `visit`, never back.
    void advanceLastVisit(clients::ClientId client, const Date& visit);

private:
    void load(const sessions::SoapNote& note);
    // Binds the columns of a note's content (shared by insert and update), then what `bindMore`
    // adds, and prepares `sql`.
    template <typename BindMore>
    void prepareWithContent(soci::statement& statement, const std::string& sql, BindMore&& bindMore);
    sessions::NoteId executeInsert();

    soci::session& m_session;
    // Bound columns of a note.
    long long m_id = 0, m_clientId = 0;
    std::string m_visitDate, m_status, m_kind, m_body, m_now, m_signedBy, m_overrideReason;
    Nullable<std::string> m_visitTime, m_signedAt;
    Nullable<long long> m_carriedFrom;
    int m_diaryDays = 0, m_lateEntry = 0, m_rowVersion = 0;
    Nullable<int> m_headacheDays, m_average, m_worst, m_rotationLeft, m_rotationRight;
    // Bound columns of an addendum.
    std::string m_writtenAt, m_author, m_text;
    soci::statement m_insert, m_update, m_sign, m_addendum, m_lastVisit;
};

} // namespace knotwork::db
