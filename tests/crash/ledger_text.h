#pragma once
// What the ledgers read back from SQLite: lists that group_concat joined, and the markers in them.

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace knotwork::crash {

inline constexpr std::size_t kMarkerLength = std::string_view("crash-000000").size();

// The non-empty items of a list joined by `separator`.
inline std::vector<std::string> split(const std::string& list, char separator)
{
    std::vector<std::string> items;
    std::istringstream in(list);
    for (std::string item; std::getline(in, item, separator);)
        if (!item.empty())
            items.push_back(item);
    return items;
}

} // namespace knotwork::crash
