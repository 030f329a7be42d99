#pragma once

#include <string>
#include <string_view>

namespace knotwork::db {

struct Migration;

// What differs between the SQL databases Knotwork stores a practice in. Everything else is
// written once in portable SQL.
class SqlDialect {
public:
    static const SqlDialect& sqlite();

    std::string_view name() const { return m_name; }
    // Starts a transaction that takes the write lock at once, so it cannot fail half-way for a
    // lock another program holds.
    std::string_view beginWriteSql() const { return m_beginWrite; }
    // Counts tables of that name: 1 when it exists.
    std::string_view tableExistsSql() const { return m_tableExists; }
    // Counts the tables in the database.
    std::string_view countTablesSql() const { return m_countTables; }
    // The migration's full script for this dialect, placeholders filled. Throws std::logic_error
    // on an unknown placeholder, so a typo fails every test instead of reaching a user.
    std::string migrationScript(const Migration& migration) const;

private:
    std::string_view m_name;
    std::string_view m_beginWrite;
    std::string_view m_tableExists;
    std::string_view m_countTables;
    std::string_view m_idPrimaryKey;
    std::string_view m_blob;
};

} // namespace knotwork::db
