#include "common/error.h"

namespace knotwork {

ValidationError::ValidationError(std::string field, std::string rule, const std::string& message)
    : Error(message), m_field(std::move(field)), m_rule(std::move(rule))
{
}

} // namespace knotwork
