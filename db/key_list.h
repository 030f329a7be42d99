#pragma once

#include <set>
#include <string>

#include "common/choices.h"

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

} // namespace knotwork::db
