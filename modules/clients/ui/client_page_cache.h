#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <vector>

#include "clients/client_queries.h"
#include "common/error.h"

namespace knotwork::clients::ui {

// The rows of one client query, read from the store a page at a time and only when a row on
// that page is asked for: a list over 50,000 clients reads the count and the pages on screen.
// Keeps the most recently used pages; free of wx so its reading pattern is easy to test.
class ClientPageCache {
public:
    static constexpr int kPageSize = 200;

    // A page that cannot be read (the disk failed) shows as empty rows; this hears of it, once
    // per query, since rows are read while the list paints and cannot throw there.
    using ReadFailed = std::function<void(const Error&)>;

    explicit ClientPageCache(std::size_t maxPages = 16) : m_maxPages(maxPages) {}

    void onReadFailed(ReadFailed handler) { m_readFailed = std::move(handler); }
    // Starts over with a new query: counts its rows (one query) and forgets every page. At most
    // `limit` rows are offered when given. No store: an empty list. Throws knotwork::Error when
    // the count fails, leaving an empty list.
    void reset(ClientQueries* store, const ClientQuery& query, const Date& today,
               std::optional<long long> limit = std::nullopt);
    // The same query again, for after a change: counts anew, forgets the pages. Throws as reset().
    void reload();

    long long size() const { return m_size; }
    // How many rows the query matches, before any limit.
    long long matches() const { return m_matches; }
    const ClientQuery& query() const { return m_query; }
    // The row at `index` (< size()), reading its page when it is not cached. A row that went
    // away since the count (another window archived it) reads as an empty row with id 0.
    const ClientListRow& row(long long index);
    // Where the client is among the pages read so far; nothing when not read (or not listed).
    std::optional<long long> cachedIndexOf(ClientId id) const;

private:
    struct Page {
        std::vector<ClientListRow> rows;
        unsigned long long lastUse = 0;
    };
    Page& page(long long number);

    ClientQueries* m_store = nullptr;
    ClientQuery m_query;
    Date m_today{boost::gregorian::not_a_date_time};
    std::optional<long long> m_limit;
    long long m_size = 0;
    long long m_matches = 0;
    std::size_t m_maxPages;
    std::map<long long, Page> m_pages;
    unsigned long long m_useCounter = 0;
    ReadFailed m_readFailed;
    bool m_failureReported = false;
};

} // namespace knotwork::clients::ui
