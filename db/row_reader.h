#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
#include <soci/soci.h>

#include "common/calendar_date.h"
#include "common/choices.h"
#include "common/timestamp.h"
#include "db/database.h"
#include "db/statement_cache.h"

namespace knotwork::db {

// Reads the columns of a result row by name, whatever integer width the backend reports, with
// NULL read as empty. A column the SELECT does not have is a StorageError naming it, so a store's
// column list and its reading cannot drift apart by position.
class RowReader {
public:
    explicit RowReader(const soci::row& row) : m_row(row) {}

    std::string text(std::string_view column) const;
    std::optional<std::string> optionalText(std::string_view column) const;
    long long integer(std::string_view column) const;
    std::optional<long long> optionalInteger(std::string_view column) const;
    std::optional<int> optionalInt(std::string_view column) const;
    std::optional<double> optionalReal(std::string_view column) const;
    bool flag(std::string_view column) const { return integer(column) != 0; }
    Date date(std::string_view column) const;
    std::optional<Date> optionalDate(std::string_view column) const;
    Timestamp timestamp(std::string_view column) const;
    // A choice stored as its key. A key this Knotwork does not know is a DamagedRecordError
    // naming the table, the row ("12", "of client 12") and the column (readRecord puts the
    // record's name in their place), never a silent default.
    template <typename E>
    E choice(std::string_view column, std::string_view table, std::string_view row) const
    {
        const std::string key = text(column);
        if (const std::optional<E> value = fromKey<E>(key))
            return *value;
        throwUnknownChoice(column, table, row, key);
    }

    // A set of choices stored as comma-separated keys, with the same rule for an unknown key.
    template <typename E>
    std::set<E> choiceSet(std::string_view column, std::string_view table, std::string_view row) const
    {
        const std::string keys = text(column);
        std::set<E> values;
        for (std::string_view rest = keys; !rest.empty();) {
            const std::size_t comma = rest.find(',');
            const std::string_view key = rest.substr(0, comma);
            const std::optional<E> value = fromKey<E>(key);
            if (!value)
                throwUnknownChoice(column, table, row, std::string(key));
            values.insert(*value);
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        }
        return values;
    }

private:
    [[noreturn]] void throwUnknownChoice(std::string_view column, std::string_view table, std::string_view row,
                                         const std::string& key) const;
    // The position of the named column in the row.
    std::size_t position(std::string_view column) const;
    long long integerAt(std::size_t position) const;

    const soci::row& m_row;
    mutable std::size_t m_next = 0;  // where the next column is looked for first
};

// A value bound to a statement parameter that may be NULL. SOCI binds references, so the value
// lives here for as long as the statement runs.
template <typename T>
struct Nullable {
    T value{};
    soci::indicator indicator = soci::i_null;

    Nullable() = default;
    explicit Nullable(const std::optional<T>& optional)
        : value(optional.value_or(T{})), indicator(optional ? soci::i_ok : soci::i_null)
    {
    }
};

// Runs a SELECT with one id parameter (":id"), calling `each` with every row.
template <typename Each>
void forEachRow(soci::session& session, const std::string& sql, long long id, Each&& each)
{
    soci::row row;
    soci::statement statement = (session.prepare << sql, soci::use(id, "id"), soci::into(row));
    statement.execute(false);
    while (statement.fetch())
        each(row);
}

// Every row `sql` finds, binding `bound` in order, each made a record by `read`.
template <typename Read, typename... Bound>
auto readAll(soci::session& session, const std::string& sql, Read read, const Bound&... bound)
{
    std::vector<decltype(read(std::declval<const soci::row&>()))> found;
    soci::row row;
    soci::details::prepare_temp_type prepared = (session.prepare << sql);
    static_cast<void>((prepared, ..., soci::use(bound)));
    prepared, soci::into(row);
    soci::statement statement = prepared;
    statement.execute(false);
    while (statement.fetch())
        found.push_back(read(row));
    return found;
}

// The same two through the database's kept statements, for SQL that is the same from call to call.
template <typename Each>
void forEachRow(Database& database, const std::string& sql, long long id, Each&& each)
{
    database.statements().forEachRow(sql, each, id);
}

template <typename Read, typename... Bound>
auto readAll(Database& database, const std::string& sql, Read read, const Bound&... bound)
{
    std::vector<decltype(read(std::declval<const soci::row&>()))> found;
    database.statements().forEachRow(sql, [&](const soci::row& row) { found.push_back(read(row)); }, bound...);
    return found;
}

// NotFoundError with `message` (untranslated, one {} for the id) when `table` has no row `id`.
void requireRow(soci::session& session, const char* table, long long id, const char* message);
// The same for a client: "There is no client number 7 in this practice."
void requireClientRow(soci::session& session, long long client);

// The id the database gave the row just inserted into `table` on this session.
long long insertedId(soci::session& session, const char* table);

Nullable<std::string> nullableDate(const std::optional<Date>& date);
Nullable<long long> nullableId(const std::optional<long long>& id);

} // namespace knotwork::db
