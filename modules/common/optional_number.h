#pragma once

#include <optional>

namespace knotwork {

// A score or count that may be missing, as the value a chart or a comparison works with.
inline std::optional<double> asDouble(const std::optional<int>& value)
{
    return value ? std::optional<double>(*value) : std::nullopt;
}

} // namespace knotwork
