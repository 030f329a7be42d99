#include "db/batched_insert.h"

#include <algorithm>
#include <stdexcept>

namespace knotwork::db {

BatchedInsert::BatchedInsert(soci::session& session, std::string table, std::vector<Column> columns,
                             std::size_t rowsPerStatement)
    : m_session(session), m_table(std::move(table)), m_columns(std::move(columns)),
      m_rowsPerStatement(std::max<std::size_t>(1, rowsPerStatement)),
      m_integers(m_rowsPerStatement * m_columns.size()), m_texts(m_rowsPerStatement * m_columns.size()),
      m_indicators(m_rowsPerStatement * m_columns.size(), soci::i_null)
{
}

BatchedInsert::~BatchedInsert() = default;

std::size_t BatchedInsert::nextSlot(Type type)
{
    if (m_column >= m_columns.size() || m_columns[m_column].type != type)
        throw std::logic_error("BatchedInsert: a value of " + m_table + " that is not its next column's");
    return m_pendingRows * m_columns.size() + m_column++;
}

void BatchedInsert::integer(std::optional<long long> value)
{
    const std::size_t slot = nextSlot(Type::Integer);
    m_integers[slot] = value.value_or(0);
    m_indicators[slot] = value ? soci::i_ok : soci::i_null;
}

void BatchedInsert::text(std::optional<std::string> value)
{
    const std::size_t slot = nextSlot(Type::Text);
    m_texts[slot] = value ? std::move(*value) : std::string();
    m_indicators[slot] = value ? soci::i_ok : soci::i_null;
}

void BatchedInsert::endRow()
{
    if (m_column != m_columns.size())
        throw std::logic_error("BatchedInsert: a row of " + m_table + " without all its columns");
    m_column = 0;
    if (++m_pendingRows == m_rowsPerStatement)
        flush();
}

void BatchedInsert::flush()
{
    if (m_pendingRows == 0)
        return;
    if (m_pendingRows == m_rowsPerStatement) {
        if (!m_fullBatch)
            m_fullBatch = prepare(m_rowsPerStatement);
        m_fullBatch->execute(true);
    } else {
        prepare(m_pendingRows)->execute(true);
    }
    m_pendingRows = 0;
}

std::unique_ptr<soci::statement> BatchedInsert::prepare(std::size_t rows)
{
    auto statement = std::make_unique<soci::statement>(m_session);
    std::string sql = "INSERT INTO " + m_table + " (";
    for (std::size_t column = 0; column < m_columns.size(); ++column)
        sql += (column == 0 ? "" : ", ") + m_columns[column].name;
    sql += ") VALUES ";
    for (std::size_t slot = 0; slot < rows * m_columns.size(); ++slot) {
        const std::size_t column = slot % m_columns.size();
        // Bound by position: looking a thousand names up costs more than the statement's rows.
        sql += (column == 0 ? (slot == 0 ? "(:v" : "), (:v") : ", :v") + std::to_string(slot);
        if (m_columns[column].type == Type::Integer)
            statement->exchange(soci::use(m_integers[slot], m_indicators[slot]));
        else
            statement->exchange(soci::use(m_texts[slot], m_indicators[slot]));
    }
    sql += ")";
    statement->alloc();
    statement->prepare(sql);
    statement->define_and_bind();
    return statement;
}

} // namespace knotwork::db
