#pragma once

#include <optional>
#include <string>

namespace knotwork::testing {

// Sets (or unsets, with nullopt) an environment variable for the lifetime of the object.
class EnvironmentOverride {
public:
    EnvironmentOverride(std::string name, const std::optional<std::string>& value);
    EnvironmentOverride(const EnvironmentOverride&) = delete;
    EnvironmentOverride& operator=(const EnvironmentOverride&) = delete;
    ~EnvironmentOverride();

private:
    std::string m_name;
    std::optional<std::string> m_previous;
};

} // namespace knotwork::testing
