// The client list in a 50,000-client practice: each keystroke in the search box asks for the
// number of matches and the first page of rows; opening a client reads their whole chart. Each is
// measured through Knotwork's stores and, as the floor, as the same SQL on the bare sqlite3 API.
#include <benchmark/benchmark.h>
#include <memory>
#include <sqlite3.h>
#include <stdexcept>

#include "db/client_search_sql.h"
#include "demo_practices.h"
#include "encrypted_copy.h"

namespace knotwork::db {
namespace {

using namespace knotwork::clients;

constexpr int kClients = 50'000;
constexpr int kPageRows = 200;
const Date kToday = benchmarks::kDemoToday;

// The clients alone, without their notes, book and billing: faster to write.
const benchmarks::DemoPracticeFile& demoPractice()
{
    return benchmarks::demoPractice(benchmarks::demoOptions(kClients, /*sessionNotes=*/false));
}

const std::filesystem::path& encryptedDemoPractice()
{
    static const std::filesystem::path file = benchmarks::encryptedCopyOf(demoPractice().file);
    return file;
}

// The demo practice, plain or encrypted, opened as the app opens it.
struct OpenDemo : benchmarks::OpenedDemo {
    explicit OpenDemo(bool encrypted)
        : benchmarks::OpenedDemo(encrypted ? encryptedDemoPractice() : demoPractice().file,
                                 encrypted ? benchmarks::kBenchmarkPassphrase : "")
    {
    }
};

// What a therapist types, one keystroke at a time: a family-name prefix, a fragment from the
// middle of a name, part of a phone number, an accented name typed without accents.
const char* const kTyped[] = {"m", "ma", "mar", "mart", "ar", "tin", "555 01", "nguyen"};

void searchKeystroke(benchmark::State& state, bool encrypted)
{
    OpenDemo demo(encrypted);
    app::PracticeContext& stores = demo.practice;
    const ClientQuery query{kTyped[state.range(0)]};
    long long matches = 0;
    for (auto _ : state) {
        matches = stores.stores().clients().count(query, kToday);
        benchmark::DoNotOptimize(stores.stores().clients().page(query, kToday, 0, kPageRows));
    }
    state.SetLabel(std::string("\"") + kTyped[state.range(0)] + "\"");
    state.counters["matches"] = static_cast<double>(matches);
}

void BM_SearchKeystroke(benchmark::State& state)
{
    searchKeystroke(state, false);
}
BENCHMARK(BM_SearchKeystroke)->DenseRange(0, std::size(kTyped) - 1)->Unit(benchmark::kMillisecond);

void BM_SearchKeystrokeEncrypted(benchmark::State& state)
{
    searchKeystroke(state, true);
}
BENCHMARK(BM_SearchKeystrokeEncrypted)->DenseRange(0, std::size(kTyped) - 1)->Unit(benchmark::kMillisecond);

struct BareStatement {
    BareStatement(sqlite3* connection, const std::string& sql)
    {
        if (sqlite3_prepare_v2(connection, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(connection));
    }
    ~BareStatement() { sqlite3_finalize(statement); }
    sqlite3_stmt* statement = nullptr;
};

void bindAll(sqlite3_stmt* statement, const std::vector<std::string>& parameters)
{
    for (std::size_t i = 0; i < parameters.size(); ++i)
        sqlite3_bind_text(statement, static_cast<int>(i + 1), parameters[i].c_str(), -1, SQLITE_STATIC);
}

// The same two queries, text folded the same way, on the bare API: the floor for the store.
void BM_SearchKeystrokeBareSqlite(benchmark::State& state)
{
    sqlite3* connection = nullptr;
    sqlite3_open_v2(demoPractice().file.c_str(), &connection, SQLITE_OPEN_READONLY, nullptr);
    for (auto _ : state) {
        const ClientSearchSql search = buildClientSearch({kTyped[state.range(0)]}, kToday);
        BareStatement count(connection, "SELECT COUNT(*) FROM clients WHERE " + search.where);
        bindAll(count.statement, search.parameters);
        sqlite3_step(count.statement);
        benchmark::DoNotOptimize(sqlite3_column_int64(count.statement, 0));
        BareStatement page(connection,
            "SELECT id, family_name, given_names, preferred_name, phone, email, date_of_birth, "
            "archived, safety_status, safety_status_uncleared, cleared_until, last_visit_on FROM "
            "clients WHERE " + search.where + " ORDER BY " + search.orderBy + " LIMIT 200 OFFSET 0");
        bindAll(page.statement, search.parameters);
        while (sqlite3_step(page.statement) == SQLITE_ROW)
            for (int column = 0; column < 12; ++column)
                benchmark::DoNotOptimize(sqlite3_column_text(page.statement, column));
    }
    sqlite3_close(connection);
    state.SetLabel(std::string("\"") + kTyped[state.range(0)] + "\"");
}
BENCHMARK(BM_SearchKeystrokeBareSqlite)->DenseRange(0, std::size(kTyped) - 1)->Unit(benchmark::kMillisecond);

// Scrolling to the end of the whole list: the deepest page a virtual list asks for.
void lastPageOfAllClients(benchmark::State& state, bool encrypted)
{
    OpenDemo demo(encrypted);
    app::PracticeContext& stores = demo.practice;
    const ClientQuery everyone{"", ClientFilter::All};
    const long long total = stores.stores().clients().count(everyone, kToday);
    for (auto _ : state)
        benchmark::DoNotOptimize(stores.stores().clients().page(everyone, kToday, total - kPageRows, kPageRows));
}

void BM_LastPageOfAllClients(benchmark::State& state)
{
    lastPageOfAllClients(state, false);
}
BENCHMARK(BM_LastPageOfAllClients)->Unit(benchmark::kMillisecond);

void BM_LastPageOfAllClientsEncrypted(benchmark::State& state)
{
    lastPageOfAllClients(state, true);
}
BENCHMARK(BM_LastPageOfAllClientsEncrypted)->Unit(benchmark::kMillisecond);

void openChart(benchmark::State& state, bool encrypted)
{
    OpenDemo demo(encrypted);
    app::PracticeContext& stores = demo.practice;
    ClientId id = 1;
    for (auto _ : state) {
        const ClientChart chart = stores.stores().clients().chart(id);
        benchmark::DoNotOptimize(stores.clientService().assess(chart));
        id = (id + 7919) % kClients + 1;  // a different client each time, spread over the file
    }
}

void BM_OpenChart(benchmark::State& state)
{
    openChart(state, false);
}
BENCHMARK(BM_OpenChart)->Unit(benchmark::kMicrosecond);

void BM_OpenChartEncrypted(benchmark::State& state)
{
    openChart(state, true);
}
BENCHMARK(BM_OpenChartEncrypted)->Unit(benchmark::kMicrosecond);

// The chart's six queries on the bare API, reading every column as text.
void BM_OpenChartBareSqlite(benchmark::State& state)
{
    sqlite3* connection = nullptr;
    sqlite3_open_v2(demoPractice().file.c_str(), &connection, SQLITE_OPEN_READONLY, nullptr);
    const char* const queries[] = {
        "SELECT * FROM clients WHERE id = ?1",
        "SELECT * FROM diagnoses WHERE client_id = ?1 ORDER BY position",
        "SELECT * FROM care_team WHERE client_id = ?1",
        "SELECT * FROM screenings WHERE client_id = ?1 ORDER BY id",
        "SELECT * FROM clearances WHERE client_id = ?1 ORDER BY id",
        "SELECT * FROM consents WHERE client_id = ?1 ORDER BY id",
    };
    ClientId id = 1;
    for (auto _ : state) {
        for (const char* sql : queries) {
            BareStatement query(connection, sql);
            sqlite3_bind_int64(query.statement, 1, id);
            while (sqlite3_step(query.statement) == SQLITE_ROW)
                for (int column = 0; column < sqlite3_column_count(query.statement); ++column)
                    benchmark::DoNotOptimize(sqlite3_column_text(query.statement, column));
        }
        id = (id + 7919) % kClients + 1;
    }
    sqlite3_close(connection);
}
BENCHMARK(BM_OpenChartBareSqlite)->Unit(benchmark::kMicrosecond);

} // namespace
} // namespace knotwork::db
