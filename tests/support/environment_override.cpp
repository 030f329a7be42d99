#include "support/environment_override.h"

#include <cstdlib>
#include <ctime>

namespace knotwork::testing {

namespace {

void assign(const std::string& name, const std::optional<std::string>& value)
{
    if (value)
        setenv(name.c_str(), value->c_str(), 1);
    else
        unsetenv(name.c_str());
}

std::optional<std::string> valueOf(const std::string& name)
{
    const char* value = std::getenv(name.c_str());
    return value ? std::optional<std::string>(value) : std::nullopt;
}

} // namespace

EnvironmentOverride::EnvironmentOverride(std::string name, const std::optional<std::string>& value)
    : m_name(std::move(name)), m_previous(valueOf(m_name))
{
    assign(m_name, value);
}

EnvironmentOverride::~EnvironmentOverride()
{
    assign(m_name, m_previous);
}

TimeZoneOverride::TimeZoneOverride(const std::string& zone) : m_previous(valueOf("TZ"))
{
    assign("TZ", zone);
    tzset();
}

TimeZoneOverride::~TimeZoneOverride()
{
    assign("TZ", m_previous);
    tzset();
}

} // namespace knotwork::testing
