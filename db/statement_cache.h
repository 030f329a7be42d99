#pragma once

#include <memory>
#include <string>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <soci/soci.h>

namespace knotwork::db {

// The reads a connection runs again and again (a chart's tables, a client's notes, the practice's
// settings), each prepared once and kept. Preparing a statement (SQLite parsing and planning it,
// SOCI describing its columns) costs as much as a short indexed read itself, and opening a chart
// or writing a report runs dozens. Only statements with fixed SQL belong here: the values change,
// bound in the order their parameters appear in the SQL.
//
// A kept statement never holds a read open between uses: each use reads to the end, and one left
// half-read by an exception is finalized, so the connection always sees what others have written
// since. A read asked for again from inside its own rows, or bound with values of another kind,
// runs as a statement of its own.
class StatementCache {
public:
    explicit StatementCache(soci::session& session) : m_session(session) {}
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Calls `each` with every row `sql` finds with `bound` as its parameters: whole numbers
    // (bound as 64-bit) and text.
    template <typename Each, typename... Bound>
    void forEachRow(const std::string& sql, Each&& each, const Bound&... bound)
    {
        run(sql, each, static_cast<Binding<Bound>>(bound)...);
    }

    std::size_t size() const { return m_kept.size(); }
    // A kept statement is being read (its rows handed out one by one): the cache must stay.
    bool reading() const
    {
        for (const auto& [sql, kept] : m_kept)
            if (kept->reading)
                return true;
        return false;
    }

private:
    // Enough for every fixed read of the app; a caller building SQL around changing values (which
    // it should not bring here) runs them as statements of their own once this is reached.
    static constexpr std::size_t kMostKept = 256;

    // What a value is kept as while bound: one kind per SQL whatever width of number a caller has.
    template <typename T>
    using Binding = std::conditional_t<std::is_integral_v<T>, long long, std::string>;

    struct Kept {
        virtual ~Kept() = default;
        bool reading = false;
    };
    template <typename... Bound>
    struct Prepared;

    template <typename Each, typename... Bound>
    void run(const std::string& sql, Each& each, const Bound&... bound);
    template <typename... Bound>
    Prepared<Bound...>* keptFor(const std::string& sql);

    soci::session& m_session;
    std::unordered_map<std::string, std::unique_ptr<Kept>> m_kept;
};

template <typename... Bound>
struct StatementCache::Prepared final : Kept {
    Prepared(soci::session& session, const std::string& sql) : statement(session)
    {
        std::apply([this](auto&... value) { (statement.exchange(soci::use(value)), ...); }, values);
        statement.exchange(soci::into(row));
        statement.alloc();
        statement.prepare(sql);
        statement.define_and_bind();
    }

    template <typename Each>
    void run(Each&& each, const Bound&... bound)
    {
        values = std::tuple<Bound...>(bound...);
        statement.execute(false);
        while (statement.fetch())
            each(static_cast<const soci::row&>(row));
    }

    // Declared before the statement, which binds them: they outlive it.
    std::tuple<Bound...> values;
    soci::row row;
    soci::statement statement;
};

template <typename... Bound>
StatementCache::Prepared<Bound...>* StatementCache::keptFor(const std::string& sql)
{
    const auto found = m_kept.find(sql);
    if (found == m_kept.end()) {
        if (m_kept.size() >= kMostKept)
            return nullptr;
        auto prepared = std::make_unique<Prepared<Bound...>>(m_session, sql);
        Prepared<Bound...>* kept = prepared.get();
        m_kept.emplace(sql, std::move(prepared));
        return kept;
    }
    auto* kept = dynamic_cast<Prepared<Bound...>*>(found->second.get());
    return kept && !kept->reading ? kept : nullptr;
}

template <typename Each, typename... Bound>
void StatementCache::run(const std::string& sql, Each& each, const Bound&... bound)
{
    Prepared<Bound...>* kept = keptFor<Bound...>(sql);
    if (!kept) {
        Prepared<Bound...>(m_session, sql).run(each, bound...);
        return;
    }
    kept->reading = true;
    try {
        kept->run(each, bound...);
    } catch (...) {
        m_kept.erase(sql);  // finalized: a half-read statement would keep its read open
        throw;
    }
    kept->reading = false;
}

} // namespace knotwork::db
