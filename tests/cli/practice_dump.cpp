#include "practice_dump.h"

#include <sstream>

#include "support/practice_files.h"

namespace knotwork::testing {

std::string practiceDump(const std::filesystem::path& file)
{
    std::string dump = sqliteQuery(file, "SELECT group_concat(sql, char(10)) FROM "
                                         "(SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name)");
    std::istringstream tables(sqliteQuery(
        file, "SELECT group_concat(name, char(10)) FROM "
              "(SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name)"));
    for (std::string table; std::getline(tables, table);) {
        const std::string columns = sqliteQuery(
            file, "SELECT group_concat('quote(\"' || name || '\")', ' || char(30) || ') FROM pragma_table_info('" + table + "')");
        dump += "\n-- " + table + "\n"
                + sqliteQuery(file, "SELECT group_concat(row, char(10)) FROM (SELECT " + columns + " AS row FROM \"" + table
                                        + "\" ORDER BY 1)");
    }
    return dump;
}

} // namespace knotwork::testing
