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

// This process in another time zone (TZ, "America/Toronto") for the lifetime of the object: the
// C library reads the zone again on the way in and on the way out.
class TimeZoneOverride {
public:
    explicit TimeZoneOverride(const std::string& zone);
    TimeZoneOverride(const TimeZoneOverride&) = delete;
    TimeZoneOverride& operator=(const TimeZoneOverride&) = delete;
    ~TimeZoneOverride();

private:
    std::optional<std::string> m_previous;
};

} // namespace knotwork::testing
