#include "db/row_reader.h"

#include <stdexcept>

#include "common/error.h"
#include "common/i18n.h"
#include "db/record_damage.h"
#include "db/sql_dialect.h"

namespace knotwork::db {

std::size_t RowReader::position(std::string_view column) const
{
    // A row has a score of columns: a scan is quicker than building an index for each row. Stores
    // read the columns in their SELECT's order, so the scan starts after the column read last and
    // most columns are found at the first try.
    const std::size_t columns = m_row.size();
    for (std::size_t tried = 0; tried < columns; ++tried) {
        const std::size_t i = (m_next + tried) % columns;
        if (m_row.get_properties(i).get_name() == column) {
            m_next = i + 1;
            return i;
        }
    }
    throw StorageError(formatMessage(_("Knotwork could not read the practice: a result has no column {}."), column));
}

long long RowReader::integerAt(std::size_t position) const
{
    switch (m_row.get_properties(position).get_data_type()) {
    case soci::dt_integer: return m_row.get<int>(position);
    case soci::dt_long_long: return m_row.get<long long>(position);
    case soci::dt_unsigned_long_long: return static_cast<long long>(m_row.get<unsigned long long>(position));
    case soci::dt_double: return static_cast<long long>(m_row.get<double>(position));
    case soci::dt_string: return std::stoll(m_row.get<std::string>(position));
    default: throw std::runtime_error("column " + m_row.get_properties(position).get_name() + " is not a number");
    }
}

void RowReader::throwUnknownChoice(std::string_view column, std::string_view table, std::string_view row,
                                   const std::string& key) const
{
    // readRecord puts the record's own name in place of the table and row.
    throw DamagedRecordError(formatMessage(_("row {} of table {}"), row, table),
                             formatMessage(_("column {} holds \"{}\", a value this version of Knotwork does not know "
                                             "(a file from a newer Knotwork opens with that one)"),
                                           column, key),
                             false);
}

std::string RowReader::text(std::string_view column) const
{
    return optionalText(column).value_or(std::string());
}

std::optional<std::string> RowReader::optionalText(std::string_view column) const
{
    const std::size_t at = position(column);
    if (m_row.get_indicator(at) == soci::i_null)
        return std::nullopt;
    return m_row.get<std::string>(at);
}

long long RowReader::integer(std::string_view column) const
{
    return optionalInteger(column).value_or(0);
}

std::optional<long long> RowReader::optionalInteger(std::string_view column) const
{
    const std::size_t at = position(column);
    if (m_row.get_indicator(at) == soci::i_null)
        return std::nullopt;
    return integerAt(at);
}

void requireRow(soci::session& session, const char* table, long long id, const char* message)
{
    long long count = 0;
    session << std::string("SELECT COUNT(*) FROM ") + table + " WHERE id = :id", soci::use(id), soci::into(count);
    if (count == 0)
        throw NotFoundError(formatMessage(translate(message), id));
}

void requireClientRow(soci::session& session, long long client)
{
    requireRow(session, "clients", client, N_("There is no client number {} in this practice."));
}

long long insertedId(soci::session& session, const char* table)
{
    return SqlDialect::of(session).insertedId(session, table);
}

std::optional<int> RowReader::optionalInt(std::string_view column) const
{
    const auto value = optionalInteger(column);
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

std::optional<double> RowReader::optionalReal(std::string_view column) const
{
    const std::size_t at = position(column);
    if (m_row.get_indicator(at) == soci::i_null)
        return std::nullopt;
    if (m_row.get_properties(at).get_data_type() == soci::dt_double)
        return m_row.get<double>(at);
    return static_cast<double>(integerAt(at));
}

Date RowReader::date(std::string_view column) const
{
    return parseIsoDate(text(column), column);
}

std::optional<Date> RowReader::optionalDate(std::string_view column) const
{
    const std::optional<std::string> value = optionalText(column);
    if (!value)
        return std::nullopt;
    return parseIsoDate(*value, column);
}

Timestamp RowReader::timestamp(std::string_view column) const
{
    return Timestamp::fromIso8601(text(column), column);
}

Nullable<std::string> nullableDate(const std::optional<Date>& date)
{
    return Nullable<std::string>(date ? std::optional<std::string>(isoDate(*date)) : std::nullopt);
}

Nullable<long long> nullableId(const std::optional<long long>& id)
{
    return Nullable<long long>(id);
}

} // namespace knotwork::db
