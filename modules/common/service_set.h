#pragma once

#include <map>
#include <typeindex>

namespace knotwork {

// The services of the open practice, found by their type. The shell hands one set to every
// feature, so a feature's screens take the services they use and the shell need not know them.
// Holds no ownership: the set is valid while the practice it came from is open.
class ServiceSet {
public:
    template <class Service>
    void add(Service& service)
    {
        m_services[typeid(Service)] = &service;
    }

    // Null when no practice is open (an empty set).
    template <class Service>
    Service* find() const
    {
        const auto found = m_services.find(typeid(Service));
        return found == m_services.end() ? nullptr : static_cast<Service*>(found->second);
    }

private:
    std::map<std::type_index, void*> m_services;
};

} // namespace knotwork
