#pragma once

#include <string>
#include <string_view>

namespace knotwork {

// The text without the spaces, tabs and line breaks around it: what a person typed, as meant.
inline std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

} // namespace knotwork
