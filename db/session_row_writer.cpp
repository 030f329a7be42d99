#include "db/session_row_writer.h"

#include "sessions/note_rules.h"
#include "sessions/session_choices.h"
#include "sessions/session_json.h"

namespace knotwork::db {

using namespace knotwork::sessions;

namespace {

const char* const kDraftColumns =
    "visit_date = :visit_date, visit_time = :visit_time, kind = :kind, body = :body, "
    "diary_days = :diary_days, "
    "headache_days = :headache_days, average_intensity = :average, worst_intensity = :worst, "
    "rotation_left = :rotation_left, rotation_right = :rotation_right, "
    "carried_from_note_id = :carried_from, updated_at = :now";

const char* const kIsCurrentDraft =
    " WHERE id = :id AND row_version = :row_version AND status = 'draft'";

// A bound value as CAST(column AS TEXT) reads it back.
template <typename T>
std::optional<std::string> sealedText(const Nullable<T>& value)
{
    if (value.indicator == soci::i_null)
        return std::nullopt;
    if constexpr (std::is_same_v<T, std::string>)
        return value.value;
    else
        return std::to_string(value.value);
}

} // namespace

SessionRowWriter::SessionRowWriter(soci::session& session)
    : m_session(session),
      m_insert(session), m_update(session),
      m_sign((session.prepare << std::string("UPDATE session_notes SET status = 'signed', "
                                             "signed_at = :signed_at, signed_by = :signed_by, "
                                             "late_entry = :late_entry, "
                                             "override_reason = :override_reason, updated_at = :now, "
                                             "row_version = row_version + 1")
                                     + kIsCurrentDraft,
              soci::use(m_signedAt.value, m_signedAt.indicator, "signed_at"),
              soci::use(m_signedBy, "signed_by"), soci::use(m_lateEntry, "late_entry"),
              soci::use(m_overrideReason, "override_reason"), soci::use(m_now, "now"),
              soci::use(m_id, "id"), soci::use(m_rowVersion, "row_version"))),
      m_addendum((session.prepare << "INSERT INTO note_addenda (note_id, written_at, author, text) "
                                     "VALUES (:note_id, :written_at, :author, :text)",
                  soci::use(m_id, "note_id"), soci::use(m_writtenAt, "written_at"),
                  soci::use(m_author, "author"), soci::use(m_text, "text"))),
      m_lastVisit((session.prepare << "UPDATE clients SET last_visit_on = :visit_date WHERE id = "
                                      ":client_id AND (last_visit_on IS NULL OR last_visit_on < "
                                      ":visit_date)",
                   soci::use(m_visitDate, "visit_date"), soci::use(m_clientId, "client_id")))
{
    prepareWithContent(m_insert,
                       "INSERT INTO session_notes (client_id, visit_date, visit_time, kind, status, "
                       "body, diary_days, headache_days, average_intensity, worst_intensity, "
                       "rotation_left, rotation_right, carried_from_note_id, created_at, updated_at, "
                       "signed_at, signed_by, late_entry, override_reason, row_version) VALUES "
                       "(:client_id, :visit_date, :visit_time, :kind, :status, :body, :diary_days, :headache_days, "
                       ":average, :worst, :rotation_left, :rotation_right, :carried_from, :now, :now, "
                       ":signed_at, :signed_by, :late_entry, :override_reason, 1)",
                       [this](soci::statement& statement) {
                           statement.exchange(soci::use(m_clientId, "client_id"));
                           statement.exchange(soci::use(m_status, "status"));
                           statement.exchange(soci::use(m_signedAt.value, m_signedAt.indicator, "signed_at"));
                           statement.exchange(soci::use(m_signedBy, "signed_by"));
                           statement.exchange(soci::use(m_lateEntry, "late_entry"));
                           statement.exchange(soci::use(m_overrideReason, "override_reason"));
                       });
    prepareWithContent(m_update,
                       std::string("UPDATE session_notes SET ") + kDraftColumns
                           + ", row_version = row_version + 1" + kIsCurrentDraft,
                       [this](soci::statement& statement) {
                           statement.exchange(soci::use(m_id, "id"));
                           statement.exchange(soci::use(m_rowVersion, "row_version"));
                       });
}

template <typename BindMore>
void SessionRowWriter::prepareWithContent(soci::statement& statement, const std::string& sql, BindMore&& bindMore)
{
    statement.exchange(soci::use(m_visitDate, "visit_date"));
    statement.exchange(soci::use(m_visitTime.value, m_visitTime.indicator, "visit_time"));
    statement.exchange(soci::use(m_kind, "kind"));
    statement.exchange(soci::use(m_body, "body"));
    statement.exchange(soci::use(m_diaryDays, "diary_days"));
    statement.exchange(soci::use(m_headacheDays.value, m_headacheDays.indicator, "headache_days"));
    statement.exchange(soci::use(m_average.value, m_average.indicator, "average"));
    statement.exchange(soci::use(m_worst.value, m_worst.indicator, "worst"));
    statement.exchange(soci::use(m_rotationLeft.value, m_rotationLeft.indicator, "rotation_left"));
    statement.exchange(soci::use(m_rotationRight.value, m_rotationRight.indicator, "rotation_right"));
    statement.exchange(soci::use(m_carriedFrom.value, m_carriedFrom.indicator, "carried_from"));
    statement.exchange(soci::use(m_now, "now"));
    bindMore(statement);
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
}

void SessionRowWriter::load(const SoapNote& note)
{
    const NoteSummary summary = summarize(note);
    m_id = note.id;
    m_clientId = note.clientId;
    m_visitDate = isoDate(note.visitDate);
    m_visitTime = note.visitTime ? Nullable<std::string>(timeOfDayText(*note.visitTime))
                                 : Nullable<std::string>();
    m_status = std::string(keyOf(note.status));
    m_kind = std::string(keyOf(note.kind));
    m_body = noteBody(note).dump();
    m_diaryDays = summary.diaryDays;
    m_headacheDays = Nullable<int>(summary.headacheDays);
    m_average = Nullable<int>(summary.averageIntensity);
    m_worst = Nullable<int>(summary.worstIntensity);
    m_rotationLeft = Nullable<int>(summary.rotationLeft);
    m_rotationRight = Nullable<int>(summary.rotationRight);
    m_carriedFrom = nullableId(note.carriedFromNoteId);
    m_now = Timestamp::now().iso8601();
    m_signedAt = note.signedAt ? Nullable<std::string>(note.signedAt->iso8601())
                               : Nullable<std::string>();
    m_signedBy = note.signedBy;
    m_lateEntry = note.lateEntry ? 1 : 0;
    m_overrideReason = note.overrideReason;
    m_rowVersion = note.rowVersion;
}

NoteId SessionRowWriter::insert(const SoapNote& note)
{
    load(note);
    return executeInsert();
}

NoteId SessionRowWriter::insertImported(const SoapNote& note)
{
    load(note);
    if (note.createdAt)
        m_now = note.createdAt->iso8601();
    return executeInsert();
}

NoteId SessionRowWriter::executeInsert()
{
    m_insert.execute(true);
    return insertedId(m_session, "session_notes");
}

bool SessionRowWriter::updateDraft(const SoapNote& note)
{
    load(note);
    m_update.execute(true);
    return m_update.get_affected_rows() == 1;
}

bool SessionRowWriter::sign(const SoapNote& note)
{
    load(note);
    m_sign.execute(true);
    return m_sign.get_affected_rows() == 1;
}

long long SessionRowWriter::insertAddendum(NoteId note, const Addendum& addendum)
{
    m_id = note;
    m_writtenAt = addendum.writtenAt.iso8601();
    m_author = addendum.author;
    m_text = addendum.text;
    m_addendum.execute(true);
    return insertedId(m_session, "note_addenda");
}

// In the order of db/sealed_records.cpp's columns of a signed note.
integrity::SealedFields SessionRowWriter::sealedFieldsOfInsert() const
{
    return {std::to_string(m_clientId), m_visitDate, sealedText(m_visitTime), m_kind, m_status, m_body,
            std::to_string(m_diaryDays), sealedText(m_headacheDays), sealedText(m_average), sealedText(m_worst),
            sealedText(m_rotationLeft), sealedText(m_rotationRight), sealedText(m_carriedFrom), m_now,
            sealedText(m_signedAt), m_signedBy, std::to_string(m_lateEntry), m_overrideReason};
}

integrity::SealedFields SessionRowWriter::sealedFieldsOfAddendum() const
{
    return {std::to_string(m_id), m_writtenAt, m_author, m_text};
}

void SessionRowWriter::advanceLastVisit(clients::ClientId client, const Date& visit)
{
    m_clientId = client;
    m_visitDate = isoDate(visit);
    m_lastVisit.execute(true);
}

} // namespace knotwork::db
