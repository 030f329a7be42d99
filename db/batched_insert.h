#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include <soci/soci.h>

namespace knotwork::db {

// Inserts rows into one table several at a time, as one INSERT … VALUES (…), (…), … a batch: for
// the bulk imports. A statement that fires a trigger opens SQLite's statement journal, and
// closing it inside a savepoint (an import within a user action) costs as much as the savepoint
// has journalled so far, so a statement a row made a large import's cost grow with its square.
// Rows a bulk import writes a statement: a few hundred values, far within what SQLite and
// PostgreSQL bind in one statement.
inline constexpr std::size_t kImportRowsPerStatement = 50;

class BatchedInsert {
public:
    enum class Type { Integer, Text };
    struct Column {
        std::string name;
        Type type;
    };

    // With rowsPerStatement 1 each row is written as it ends.
    BatchedInsert(soci::session& session, std::string table, std::vector<Column> columns,
                  std::size_t rowsPerStatement);
    BatchedInsert(const BatchedInsert&) = delete;
    BatchedInsert& operator=(const BatchedInsert&) = delete;
    ~BatchedInsert();

    // The current row's next value, in the order of the columns; nullopt is NULL.
    void integer(std::optional<long long> value);
    void text(std::optional<std::string> value);
    // Ends the row, and writes the rows pending once there are rowsPerStatement of them.
    void endRow();
    // Writes the rows still pending: call it before the transaction's audit row.
    void flush();

private:
    std::size_t nextSlot(Type type);
    // A statement writing the first `rows` rows of the slots.
    std::unique_ptr<soci::statement> prepare(std::size_t rows);

    soci::session& m_session;
    std::string m_table;
    std::vector<Column> m_columns;
    std::size_t m_rowsPerStatement;
    // Each row's values, column by column: an Integer column's in m_integers, a Text one's in m_texts.
    std::vector<long long> m_integers;
    std::vector<std::string> m_texts;
    std::vector<soci::indicator> m_indicators;
    std::size_t m_pendingRows = 0, m_column = 0;
    std::unique_ptr<soci::statement> m_fullBatch;  // prepared at the first full batch
};

} // namespace knotwork::db
