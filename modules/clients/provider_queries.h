#pragma once

#include <string>
#include <vector>

#include "clients/provider.h"

namespace knotwork::clients {

// Reading the care-team directory. Providers are few (tens to hundreds), but lists still ask
// for a bounded page. Writes go through ClientService.
class ProviderQueries {
public:
    virtual ~ProviderQueries() = default;

    // NotFoundError when there is no such provider.
    virtual Provider get(ProviderId id) = 0;
    // Matched like clients: case- and accent-insensitively in name, clinic, phone, email.
    virtual std::vector<Provider> search(const std::string& text, int limit) = 0;
    virtual long long count() = 0;
};

} // namespace knotwork::clients
