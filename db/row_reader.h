#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <soci/soci.h>

#include "common/calendar_date.h"
#include "common/choices.h"
#include "common/timestamp.h"

namespace knotwork::db {

// Reads the columns of a result row in SELECT order, whatever integer width the backend
// reports, with NULL read as empty. Keeps each store's column list and its reading in step.
class RowReader {
public:
    explicit RowReader(const soci::row& row) : m_row(row) {}

    std::string text();
    std::optional<std::string> optionalText();
    long long integer();
    std::optional<long long> optionalInteger();
    std::optional<int> optionalInt();
    std::optional<double> optionalReal();
    bool flag() { return integer() != 0; }
    Date date();
    std::optional<Date> optionalDate();
    Timestamp timestamp();
    // A choice stored as its key. A key this Knotwork does not know is a StorageError naming
    // the table, the row ("12", "of client 12") and the column, never a silent default.
    template <typename E>
    E choice(std::string_view table, std::string_view row)
    {
        const std::size_t column = m_next;
        const std::string key = text();
        if (const std::optional<E> value = fromKey<E>(key))
            return *value;
        throwUnknownChoice(table, row, column, key);
    }

    // A set of choices stored as comma-separated keys, with the same rule for an unknown key.
    template <typename E>
    std::set<E> choiceSet(std::string_view table, std::string_view row)
    {
        const std::size_t column = m_next;
        const std::string keys = text();
        std::set<E> values;
        for (std::string_view rest = keys; !rest.empty();) {
            const std::size_t comma = rest.find(',');
            const std::string_view key = rest.substr(0, comma);
            const std::optional<E> value = fromKey<E>(key);
            if (!value)
                throwUnknownChoice(table, row, column, std::string(key));
            values.insert(*value);
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        }
        return values;
    }

private:
    [[noreturn]] void throwUnknownChoice(std::string_view table, std::string_view row, std::size_t column,
                                         const std::string& key) const;
    bool isNull() const { return m_row.get_indicator(m_next) == soci::i_null; }
    long long integerAt(std::size_t column) const;

    const soci::row& m_row;
    std::size_t m_next = 0;
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

// The id the database gave the row just inserted into `table` on this session.
long long insertedId(soci::session& session, const char* table);

Nullable<std::string> nullableDate(const std::optional<Date>& date);
Nullable<long long> nullableId(const std::optional<long long>& id);

} // namespace knotwork::db
