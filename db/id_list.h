#pragma once

#include <string>
#include <vector>

namespace knotwork::db {

// Ids written into a statement's IN list, "3,14,15": numbers only, so nothing a person typed
// reaches the SQL, and one statement reads any number of records by id.
inline std::string idList(const std::vector<long long>& ids)
{
    std::string list;
    for (const long long id : ids)
        list += (list.empty() ? "" : ",") + std::to_string(id);
    return list;
}

} // namespace knotwork::db
