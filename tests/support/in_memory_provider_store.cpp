#include "support/in_memory_provider_store.h"

#include <algorithm>
#include <tuple>

#include "common/error.h"
#include "common/text_folding.h"
#include "support/versioned_rows.h"

namespace knotwork::testing {

using namespace knotwork::clients;

Provider InMemoryProviderStore::get(ProviderId id)
{
    const auto found = m_providers.find(id);
    if (found == m_providers.end())
        throw NotFoundError("There is no provider number " + std::to_string(id) + " in this practice.");
    return found->second;
}

std::vector<Provider> InMemoryProviderStore::search(const std::string& text, int limit)
{
    const std::string typed = foldForSearch(text);
    std::vector<Provider> found;
    for (const auto& [id, provider] : m_providers) {
        const std::string searched = spacedSearchText({foldForSearch(provider.name), foldForSearch(provider.clinic),
                                                       foldForSearch(provider.email), phoneDigits(provider.phone)});
        if (searched.find(typed) != std::string::npos)
            found.push_back(provider);
    }
    std::sort(found.begin(), found.end(),
              [](const Provider& a, const Provider& b) { return std::tie(a.name, a.id) < std::tie(b.name, b.id); });
    if (std::ssize(found) > limit)
        found.resize(static_cast<std::size_t>(std::max(limit, 0)));
    return found;
}

ProviderId InMemoryProviderStore::add(const Provider& provider)
{
    return insertVersioned(m_providers, m_lastId, provider);
}

void InMemoryProviderStore::update(const Provider& provider)
{
    if (get(provider.id).rowVersion != provider.rowVersion)
        throw ConflictError("This provider's details were changed elsewhere since you opened them.");
    Provider saved = provider;
    ++saved.rowVersion;
    m_providers[saved.id] = saved;
}

} // namespace knotwork::testing
