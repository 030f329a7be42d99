#pragma once

#include <string>
#include <vector>

#include "clients/provider.h"

namespace knotwork::clients {

// The care-team directory. Providers are few (tens to hundreds), but lists still ask for a
// bounded page.
class ProviderStore {
public:
    virtual ~ProviderStore() = default;

    virtual ProviderId add(const Provider& provider) = 0;
    // ConflictError on a stale rowVersion.
    virtual void update(const Provider& provider) = 0;
    // NotFoundError when there is no such provider.
    virtual Provider get(ProviderId id) = 0;
    // Matched like clients: case- and accent-insensitively in name, clinic, phone, email.
    virtual std::vector<Provider> search(const std::string& text, int limit) = 0;
    virtual long long count() = 0;
};

} // namespace knotwork::clients
