#pragma once

#include <string>
#include <string_view>

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
    // Starts a read-only transaction that sees one snapshot of the practice for all its
    // statements (an export reads every table as of one moment, whatever lands meanwhile).
    std::string_view beginSnapshotSql() const { return m_beginSnapshot; }
    // Run right after beginWriteSql where the lock is a statement of its own; empty otherwise.
    std::string_view takeWriteLockSql() const { return m_takeWriteLock; }
    // Counts tables of that name (:name) in the practice: 1 when it exists.
    std::string_view tableExistsSql() const { return m_tableExists; }
    // Counts the tables in the practice.
    std::string_view countTablesSql() const { return m_countTables; }
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
    std::string_view m_beginSnapshot;
    std::string_view m_tableExists;
    std::string_view m_countTables;
    std::string_view m_idPrimaryKey;
    std::string_view m_blob;
};

} // namespace knotwork::db
