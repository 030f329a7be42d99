#pragma once

#include <optional>
#include <string>
#include <soci/soci.h>

#include "common/calendar_date.h"
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

private:
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
