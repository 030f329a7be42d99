#include "db/sealed_records.h"

#include <stdexcept>
#include <string>

#include "db/row_reader.h"

namespace knotwork::db {

using integrity::SealKind;
using integrity::SealedFields;

namespace {

struct SealedTable {
    SealKind kind;
    const char* table;
    const char* idColumn;
    const char* columns;  // in the order they are sealed; each is read as text
    const char* onlyWhere;
};

// Bookkeeping that changes without changing the record (a note's updated_at and row_version)
// is left out; everything a reader of the record sees is in.
constexpr SealedTable kTables[] = {
    // WriteTransaction::audit seals these from the values it writes: keep the two in step.
    {SealKind::AuditEntry, "audit_log", "id", "occurred_at, actor, entity, entity_id, action, before_state, after_state", ""},
    {SealKind::SignedNote, "session_notes", "id",
     "client_id, visit_date, visit_time, kind, status, body, diary_days, headache_days, average_intensity, "
     "worst_intensity, rotation_left, rotation_right, carried_from_note_id, created_at, signed_at, signed_by, "
     "late_entry, override_reason",
     " AND status = 'signed'"},
    {SealKind::Addendum, "note_addenda", "id", "note_id, written_at, author, text", ""},
    {SealKind::Disclosure, "disclosures", "id",
     "client_id, document, recipient_id, recipient_name, period_from, period_to, note_id, file_name, sha256, "
     "byte_count, disclosed_at, disclosed_by",
     ""},
    // A key is named by its fingerprint and when it started; its wrapping is not part of it (a
    // passphrase change re-wraps the same key).
    {SealKind::Key, "record_keys", "key_number", "fingerprint, started_at", ""},
};

const SealedTable* tableOf(SealKind kind)
{
    for (const auto& table : kTables)
        if (table.kind == kind)
            return &table;
    return nullptr;
}

// "CAST(a AS TEXT), CAST(b AS TEXT), …": every backend gives text the same way.
std::string castColumns(const char* columns)
{
    std::string cast;
    std::string_view rest = columns;
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        std::string_view column = rest.substr(0, comma);
        while (!column.empty() && column.front() == ' ')
            column.remove_prefix(1);
        if (!cast.empty())
            cast += ", ";
        cast += "CAST(" + std::string(column) + " AS TEXT)";
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    return cast;
}

SealedFields fieldsOf(const soci::row& row, std::size_t from)
{
    SealedFields fields;
    for (std::size_t i = from; i < row.size(); ++i)
        fields.push_back(row.get_indicator(i) == soci::i_null ? std::nullopt
                                                              : std::optional<std::string>(row.get<std::string>(i)));
    return fields;
}

} // namespace

namespace {

std::string selectOneRecord(const SealedTable& table)
{
    return "SELECT " + castColumns(table.columns) + " FROM " + table.table + " WHERE " + table.idColumn + " = :id"
           + table.onlyWhere;
}

} // namespace

std::optional<SealedFields> sealedFields(soci::session& session, SealKind kind, long long recordId)
{
    const SealedTable* table = tableOf(kind);
    if (!table)
        return std::nullopt;
    soci::row row;
    session << selectOneRecord(*table), soci::use(recordId), soci::into(row);
    if (!session.got_data())
        return std::nullopt;
    return fieldsOf(row, 0);
}

std::optional<SealedFields> sealedFields(Database& database, SealKind kind, long long recordId)
{
    const SealedTable* table = tableOf(kind);
    if (!table)
        return std::nullopt;
    std::optional<SealedFields> fields;
    forEachRow(database, selectOneRecord(*table), recordId, [&](const soci::row& row) { fields = fieldsOf(row, 0); });
    return fields;
}

void forEachSealableRecord(soci::session& session, SealKind kind,
                           const std::function<void(long long, const SealedFields&)>& visit)
{
    const SealedTable* table = tableOf(kind);
    if (!table)
        return;
    soci::row row;
    soci::statement statement = (session.prepare << "SELECT " + std::string(table->idColumn) + ", "
                                     + castColumns(table->columns) + " FROM " + table->table + " WHERE 1 = 1"
                                     + table->onlyWhere + " ORDER BY " + table->idColumn,
                                 soci::into(row));
    statement.execute();
    while (statement.fetch()) {
        const long long id = row.get_properties(0).get_data_type() == soci::dt_long_long
            ? row.get<long long>(0)
            : static_cast<long long>(row.get<int>(0));
        visit(id, fieldsOf(row, 1));
    }
}

std::optional<integrity::ChainHead> chainHead(Database& database)
{
    std::optional<integrity::ChainHead> head;
    database.statements().forEachRow("SELECT position, mac FROM record_seals ORDER BY position DESC LIMIT 1",
                                     [&](const soci::row& row) {
        const RowReader read(row);
        head = integrity::ChainHead{read.integer("position"), read.text("mac")};
    });
    return head;
}

} // namespace knotwork::db
