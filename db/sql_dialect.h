#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <soci/blob.h>
#include <soci/into-type.h>
#include <soci/soci-backend.h>
#include <soci/use-type.h>

namespace soci {
class session;
}

namespace knotwork::db {

struct Migration;

// What differs between the SQL databases Knotwork stores a practice in: SQLite, a file on the
// therapist's computer, and PostgreSQL, a clinic server several desks share. Everything else is
// written once in portable SQL.
class SqlDialect {
public:
    static const SqlDialect& sqlite();
    static const SqlDialect& postgresql();
    // The dialect of the database `session` is connected to.
    static const SqlDialect& of(const soci::session& session);

    std::string_view name() const { return m_name; }
    bool isServer() const { return m_name == "postgresql"; }
    // Starts a transaction that takes the practice's write lock at once, so writers queue up
    // instead of failing half-way, and each sees every write committed before its own began: the
    // record chain and the invoice numbers stay one unbroken sequence with several desks writing.
    std::string_view beginWriteSql() const { return m_beginWrite; }
    // Run right after beginWriteSql where the lock is a statement of its own; empty otherwise.
    std::string_view takeWriteLockSql() const { return m_takeWriteLock; }
    // Starts a read-only transaction that sees the practice as it is now until its COMMIT.
    std::string_view beginReadSnapshotSql() const { return m_beginReadSnapshot; }
    // Counts tables of that name (:name) in the practice: 1 when it exists.
    std::string_view tableExistsSql() const { return m_tableExists; }
    // Counts the tables in the practice.
    std::string_view countTablesSql() const { return m_countTables; }
    // `column` in an ORDER BY that must not walk an index on it: SQLite's unary plus, which keeps
    // the column's collation; PostgreSQL plans by cost (and has no unary plus for text).
    std::string unindexed(std::string_view column) const;
    // The id the row just inserted into `table` on `session` was given.
    long long insertedId(soci::session& session, const std::string& table) const;
    // The migration's full script for this dialect, placeholders filled. Throws std::logic_error
    // on an unknown placeholder, so a typo fails every test instead of reaching a user.
    std::string migrationScript(const Migration& migration) const;

private:
    // The portable SQL with the placeholders filled, before the dialect's own part is appended.
    std::string filledPlaceholders(const Migration& migration) const;

    std::string_view m_name;
    std::string_view m_beginWrite;
    std::string_view m_takeWriteLock;
    std::string_view m_beginReadSnapshot;
    std::string_view m_tableExists;
    std::string_view m_countTables;
    std::string_view m_idPrimaryKey;
    std::string_view m_blob;
};

// Bytes as PostgreSQL's BYTEA reads them from text: "\x" and two hex digits a byte.
std::string byteaText(std::string_view bytes);
// The bytes that text stands for (as PostgreSQL gives a BYTEA in text form).
std::string bytesOfByteaText(const std::string& text);

// The bytes of a {{blob}} column (an attachment's content) as one statement writes or reads them:
// a blob on SQLite; on PostgreSQL the BYTEA's hex text form (a backslash, an x, two digits a byte), since
// SOCI binds a blob there as a large object, which a BYTEA column is not. Lives as long as the
// statement it is bound to.
class StoredBytes {
public:
    // To read a column: bind into(), then take bytes().
    explicit StoredBytes(soci::session& session);
    // To write `bytes`: bind use(). No bytes at all are NULL on SQLite (SOCI binds an empty blob
    // so): the columns that hold bytes hold files, which are never empty.
    StoredBytes(soci::session& session, const std::string& bytes);
    StoredBytes(const StoredBytes&) = delete;
    StoredBytes& operator=(const StoredBytes&) = delete;

    soci::details::use_type_ptr use(const std::string& name = {});
    soci::details::into_type_ptr into();
    // What was read.
    std::string bytes();

private:
    std::optional<soci::blob> m_blob;  // SQLite
    std::string m_hex;                 // PostgreSQL
};

} // namespace knotwork::db
