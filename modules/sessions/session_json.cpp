#include "sessions/session_json.h"

#include "common/json_field_io.h"
#include "common/stored_json.h"
#include "sessions/session_json_fields.h"

namespace knotwork::sessions {

using nlohmann::json;
using json_io::Writer;

KNOTWORK_JSON_FIELDS(Subjective, subjectiveFields, "subjective.")
KNOTWORK_JSON_FIELDS(Objective, objectiveFields, "objective.")
KNOTWORK_JSON_FIELDS(Assessment, assessmentFields, "assessment.")
KNOTWORK_JSON_FIELDS(Plan, planFields, "plan.")

void to_json(json& out, const Addendum& addendum)
{
    Writer io(out);
    io("id", addendum.id);
    io("written_at", addendum.writtenAt);
    io("author", addendum.author);
    io("text", addendum.text);
}

void to_json(json& out, const SoapNote& note)
{
    Writer io(out);
    io("id", note.id);
    noteInputFields(io, note);
    io("status", note.status);
    io("row_version", note.rowVersion);
    io("created_at", note.createdAt);
    io("signed_at", note.signedAt);
    io("signed_by", note.signedBy);
    io("late_entry", note.lateEntry);
    io("override_reason", note.overrideReason);
    out["addenda"] = note.addenda;
}

void from_json(const json& in, SoapNote& note)
{
    json_io::read(in, note, [](auto& io, auto& n) {
        noteInputFields(io, n);
        io.ignore({"id", "status", "row_version", "created_at", "signed_at", "signed_by", "late_entry",
                   "override_reason", "addenda"});
    });
}

void to_json(json& out, const NoteSummary& summary)
{
    Writer io(out);
    io("id", summary.id);
    io("visit_date", summary.visitDate);
    io("status", summary.status);
    io("kind", summary.kind);
    io("diary_days", summary.diaryDays);
    io("headache_days", summary.headacheDays);
    io("average_intensity", summary.averageIntensity);
    io("worst_intensity", summary.worstIntensity);
    io("rotation_left", summary.rotationLeft);
    io("rotation_right", summary.rotationRight);
    io("late_entry", summary.lateEntry);
    io("addendum_count", summary.addendumCount);
    io("signed_at", summary.signedAt);
}

namespace {

// Drops what was not recorded (null, false, "", [], {}) so 200,000 stored notes stay small; reading
// treats a missing key as its default, so the note reads back the same.
void dropEmpty(json& value)
{
    if (value.is_array())
        for (json& item : value)
            dropEmpty(item);
    if (!value.is_object())
        return;
    for (auto item = value.begin(); item != value.end();) {
        dropEmpty(item.value());
        const json& v = item.value();
        const bool empty = v.is_null() || v == false || v == ""
            || ((v.is_array() || v.is_object()) && v.empty());
        item = empty ? value.erase(item) : std::next(item);
    }
}

} // namespace

json noteBody(const SoapNote& note)
{
    json body;
    Writer io(body);
    bodyFields(io, note);
    dropEmpty(body);
    return body;
}

namespace {

constexpr auto kBodyFields = [](auto& io, auto& note) { bodyFields(io, note); };

} // namespace

void readNoteBody(const json& body, SoapNote& note)
{
    json_io::read(body, note, kBodyFields);
}

void readNoteBody(std::string_view body, SoapNote& note)
{
    json_io::readStored(body, note, kBodyFields);
}

} // namespace knotwork::sessions
