#include "clients/ui/client_page_cache.h"

#include <algorithm>

namespace knotwork::clients::ui {

void ClientPageCache::reset(ClientQueries* store, const ClientQuery& query, const Date& today,
                            std::optional<long long> limit)
{
    m_store = store;
    m_query = query;
    m_today = today;
    m_limit = limit;
    reload();
}

void ClientPageCache::reload()
{
    m_pages.clear();
    m_size = 0;
    m_matches = 0;
    m_failureReported = false;
    m_matches = m_store ? m_store->count(m_query, m_today) : 0;
    m_size = m_limit ? std::min(m_matches, *m_limit) : m_matches;
}

const ClientListRow& ClientPageCache::row(long long index)
{
    static const ClientListRow gone;
    if (index < 0 || index >= m_size)
        return gone;
    const Page& found = page(index / kPageSize);
    const auto offset = static_cast<std::size_t>(index % kPageSize);
    return offset < found.rows.size() ? found.rows[offset] : gone;
}

ClientPageCache::Page& ClientPageCache::page(long long number)
{
    auto found = m_pages.find(number);
    if (found == m_pages.end()) {
        if (m_pages.size() >= m_maxPages) {
            const auto oldest = std::min_element(m_pages.begin(), m_pages.end(), [](const auto& a, const auto& b) {
                return a.second.lastUse < b.second.lastUse;
            });
            m_pages.erase(oldest);
        }
        Page fresh;
        const long long offset = number * kPageSize;
        try {
            if (m_store)
                fresh.rows = m_store->page(m_query, m_today, offset,
                                           static_cast<int>(std::min<long long>(kPageSize, m_size - offset)));
        } catch (const Error& error) {
            if (m_readFailed && !m_failureReported)
                m_readFailed(error);
            m_failureReported = true;
        }
        found = m_pages.emplace(number, std::move(fresh)).first;
    }
    found->second.lastUse = ++m_useCounter;
    return found->second;
}

std::optional<long long> ClientPageCache::cachedIndexOf(ClientId id) const
{
    for (const auto& [number, cached] : m_pages) {
        for (std::size_t i = 0; i < cached.rows.size(); ++i) {
            const long long index = number * kPageSize + static_cast<long long>(i);
            if (cached.rows[i].id == id && index < m_size)
                return index;
        }
    }
    return std::nullopt;
}

} // namespace knotwork::clients::ui
