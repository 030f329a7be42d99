#pragma once
// ProviderStore kept in memory, for tests of rules that have nothing to do with SQL: ids are
// assigned, a stale rowVersion is a ConflictError, an unknown provider a NotFoundError.

#include <map>

#include "clients/provider_store.h"

namespace knotwork::testing {

class InMemoryProviderStore final : public clients::ProviderStore {
public:
    clients::Provider get(clients::ProviderId id) override;
    // Case- and accent-insensitively in name, clinic and email, or digits of the phone.
    std::vector<clients::Provider> search(const std::string& text, int limit) override;
    long long count() override { return static_cast<long long>(m_providers.size()); }

    clients::ProviderId add(const clients::Provider& provider) override;
    void update(const clients::Provider& provider) override;

private:
    clients::ProviderId m_lastId = 0;
    std::map<clients::ProviderId, clients::Provider> m_providers;
};

} // namespace knotwork::testing
