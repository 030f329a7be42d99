#pragma once

#include <set>
#include <string>
#include <string_view>

#include "clients/client_choices.h"

namespace knotwork::db {

// A set of choices stored as one column: "fever_or_systemic_illness,recent_trauma".
template <typename E>
std::string joinKeys(const std::set<E>& values)
{
    std::string text;
    for (const E value : values) {
        if (!text.empty())
            text += ',';
        text += keyOf(value);
    }
    return text;
}

// Unknown keys (written by a newer Knotwork) are skipped rather than failing the whole chart.
template <typename E>
std::set<E> splitKeys(std::string_view text)
{
    std::set<E> values;
    while (!text.empty()) {
        const std::size_t comma = text.find(',');
        if (const auto value = fromKey<E>(text.substr(0, comma)))
            values.insert(*value);
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    }
    return values;
}

} // namespace knotwork::db
