#include "db/row_reader.h"

#include <stdexcept>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::db {

long long RowReader::integerAt(std::size_t column) const
{
    switch (m_row.get_properties(column).get_data_type()) {
    case soci::dt_integer: return m_row.get<int>(column);
    case soci::dt_long_long: return m_row.get<long long>(column);
    case soci::dt_unsigned_long_long: return static_cast<long long>(m_row.get<unsigned long long>(column));
    case soci::dt_double: return static_cast<long long>(m_row.get<double>(column));
    case soci::dt_string: return std::stoll(m_row.get<std::string>(column));
    default: throw std::runtime_error("column " + m_row.get_properties(column).get_name() + " is not a number");
    }
}

void RowReader::throwUnknownChoice(std::string_view table, std::string_view row, std::size_t column,
                                   const std::string& key) const
{
    throw StorageError(formatMessage(_("The practice holds a value this version of Knotwork does not know: "
                                       "\"{}\" in table {}, row {}, column {}. Open it with the Knotwork "
                                       "that wrote it."),
                                     key, table, row, m_row.get_properties(column).get_name()));
}

std::string RowReader::text()
{
    return optionalText().value_or(std::string());
}

std::optional<std::string> RowReader::optionalText()
{
    const std::size_t column = m_next++;
    if (m_row.get_indicator(column) == soci::i_null)
        return std::nullopt;
    return m_row.get<std::string>(column);
}

long long RowReader::integer()
{
    return optionalInteger().value_or(0);
}

std::optional<long long> RowReader::optionalInteger()
{
    const std::size_t column = m_next++;
    if (m_row.get_indicator(column) == soci::i_null)
        return std::nullopt;
    return integerAt(column);
}

long long insertedId(soci::session& session, const char* table)
{
    long long id = 0;
    session.get_last_insert_id(table, id);
    return id;
}

std::optional<int> RowReader::optionalInt()
{
    const auto value = optionalInteger();
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

std::optional<double> RowReader::optionalReal()
{
    const std::size_t column = m_next++;
    if (m_row.get_indicator(column) == soci::i_null)
        return std::nullopt;
    if (m_row.get_properties(column).get_data_type() == soci::dt_double)
        return m_row.get<double>(column);
    return static_cast<double>(integerAt(column));
}

Date RowReader::date()
{
    const std::string name = m_row.get_properties(m_next).get_name();
    return parseIsoDate(text(), name);
}

std::optional<Date> RowReader::optionalDate()
{
    const std::string name = m_row.get_properties(m_next).get_name();
    const std::optional<std::string> value = optionalText();
    if (!value)
        return std::nullopt;
    return parseIsoDate(*value, name);
}

Timestamp RowReader::timestamp()
{
    const std::string name = m_row.get_properties(m_next).get_name();
    return Timestamp::fromIso8601(text(), name);
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
