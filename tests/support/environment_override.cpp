#include "support/environment_override.h"

#include <cstdlib>

namespace knotwork::testing {

namespace {

void assign(const std::string& name, const std::optional<std::string>& value)
{
    if (value)
        setenv(name.c_str(), value->c_str(), 1);
    else
        unsetenv(name.c_str());
}

} // namespace

EnvironmentOverride::EnvironmentOverride(std::string name, const std::optional<std::string>& value)
    : m_name(std::move(name))
{
    if (const char* previous = std::getenv(m_name.c_str()))
        m_previous = previous;
    assign(m_name, value);
}

EnvironmentOverride::~EnvironmentOverride()
{
    assign(m_name, m_previous);
}

} // namespace knotwork::testing
