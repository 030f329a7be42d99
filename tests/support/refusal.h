#pragma once
// What a use case refuses with, for tests of validation rules.

#include <functional>
#include <optional>
#include <string>
#include <vector>

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

// Every problem `action` is refused with, as "field: rule"; none when it is accepted.
inline std::vector<std::string> problemsOf(const std::function<void()>& action)
{
    std::vector<std::string> found;
    if (const std::optional<ValidationError> error = refusal(action))
        for (const FieldProblem& problem : error->problems())
            found.push_back(problem.field + ": " + problem.rule);
    return found;
}

} // namespace knotwork::testing
