// Opening a practice: what a therapist waits for at every start of the app or the CLI. Opening
// runs PRAGMA quick_check, which reads the whole file, so it is measured on an empty practice and
// on one with the audit trail of a long-running practice.
#include <benchmark/benchmark.h>
#include <map>
#include <memory>
#include <sqlite3.h>

#include "db/practice_opener.h"
#include "encrypted_copy.h"
#include "db/write_transaction.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

// One practice per audit-row count, made on first use and kept for the whole run.
const std::filesystem::path& practiceWithAuditRows(long long rows)
{
    static knotwork::testing::TempDir dir;
    static std::map<long long, std::filesystem::path> made;
    if (const auto found = made.find(rows); found != made.end())
        return found->second;

    const auto file = dir / ("practice-" + std::to_string(rows) + ".sqlite");
    auto database = openPractice(file, OpenMode::CreateIfMissing, "benchmark").database;
    if (rows == 0)
        return made.emplace(rows, file).first->second;
    WriteTransaction transaction(*database, "benchmark");
    for (long long i = 0; i < rows; ++i)
        transaction.audit({"note", std::to_string(i), "sign", std::nullopt,
                           R"({"headache_days":6,"intensity":4,"techniques":["suboccipital release","trigger-point pressure"]})"});
    transaction.commit();
    return made.emplace(rows, file).first->second;
}

void openPracticeRepeatedly(benchmark::State& state, const std::filesystem::path& file, const std::string& passphrase)
{
    for (auto _ : state) {
        auto opened = openPractice(file, OpenMode::ExistingOnly, "benchmark", passphrase);
        benchmark::DoNotOptimize(opened.database.get());
    }
    state.counters["file_MB"] = static_cast<double>(std::filesystem::file_size(file)) / 1e6;
}

void BM_OpenPractice(benchmark::State& state)
{
    openPracticeRepeatedly(state, practiceWithAuditRows(state.range(0)), {});
}
BENCHMARK(BM_OpenPractice)->Arg(0)->Arg(200'000)->Unit(benchmark::kMillisecond);

// The same practice encrypted: the passphrase's key derivation, then every page decrypted.
void BM_OpenEncryptedPractice(benchmark::State& state)
{
    openPracticeRepeatedly(state, benchmarks::encryptedCopyOf(practiceWithAuditRows(state.range(0))),
                           benchmarks::kBenchmarkPassphrase);
}
BENCHMARK(BM_OpenEncryptedPractice)->Arg(0)->Arg(200'000)->Unit(benchmark::kMillisecond);

// The floor: the same open and quick_check on the bare sqlite3 API, without SOCI or migrations.
void BM_OpenBareSqlite(benchmark::State& state)
{
    const auto& file = practiceWithAuditRows(state.range(0));
    for (auto _ : state) {
        sqlite3* connection = nullptr;
        sqlite3_open_v2(file.c_str(), &connection, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_exec(connection, "PRAGMA quick_check(1)", nullptr, nullptr, nullptr);
        sqlite3_close(connection);
    }
}
BENCHMARK(BM_OpenBareSqlite)->Arg(0)->Arg(200'000)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace knotwork::db
