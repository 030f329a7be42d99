#pragma once

#include "clients/provider.h"
#include "clients/provider_queries.h"

namespace knotwork::clients {

// Where the care-team directory is kept (db/ implements it over SQL).
class ProviderStore : public ProviderQueries {
public:
    virtual ProviderId add(const Provider& provider) = 0;
    // ConflictError on a stale rowVersion.
    virtual void update(const Provider& provider) = 0;
};

} // namespace knotwork::clients
