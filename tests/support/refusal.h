#pragma once
// What a use case refuses with, for tests of validation rules.

#include <functional>
#include <optional>

#include "common/error.h"

namespace knotwork::testing {

// The ValidationError `action` throws; none when it is accepted.
inline std::optional<ValidationError> refusal(const std::function<void()>& action)
{
    try {
        action();
    } catch (const ValidationError& error) {
        return error;
    }
    return std::nullopt;
}

} // namespace knotwork::testing
