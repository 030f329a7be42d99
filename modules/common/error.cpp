#include "common/error.h"

#include <stdexcept>

namespace knotwork {

ValidationError::ValidationError(std::string field, std::string rule, const std::string& message)
    : Error(message), m_problems{{std::move(field), std::move(rule), message}}
{
}

ValidationError::ValidationError(std::vector<FieldProblem> problems)
    : Error(problems.empty() ? std::string() : problems.front().message),
      m_problems(std::move(problems))
{
    if (m_problems.empty())
        throw std::logic_error("ValidationError without a problem");
}

} // namespace knotwork
