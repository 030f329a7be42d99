#pragma once

#include <sys/stat.h>

namespace knotwork::testing {

// This process's umask for the lifetime of the object: files the app writes must be private
// whatever the umask a person's session runs with.
class UmaskOverride {
public:
    explicit UmaskOverride(mode_t mask) : m_previous(::umask(mask)) {}
    UmaskOverride(const UmaskOverride&) = delete;
    UmaskOverride& operator=(const UmaskOverride&) = delete;
    ~UmaskOverride() { ::umask(m_previous); }

private:
    mode_t m_previous;
};

} // namespace knotwork::testing
