// Opening a practice: what a therapist waits for at every start of the app or the CLI. The whole
// file's check (PRAGMA quick_check) reads every page; the app runs it in the background and the
// CLI before its first write only (db::FileCheck), so opening is measured each way, on an empty
// practice and on one with the audit trail of a long-running practice.
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

void openPracticeRepeatedly(benchmark::State& state, const std::filesystem::path& file, const std::string& passphrase,
                            FileCheck check = FileCheck::AtOpen)
{
    for (auto _ : state) {
        auto opened = openPractice(file, OpenMode::ExistingOnly, "benchmark", passphrase, check);
        benchmark::DoNotOptimize(opened.database.get());
    }
    state.counters["file_MB"] = static_cast<double>(std::filesystem::file_size(file)) / 1e6;
}

void BM_OpenPractice(benchmark::State& state)
{
    openPracticeRepeatedly(state, practiceWithAuditRows(state.range(0)), {});
}
BENCHMARK(BM_OpenPractice)->Arg(0)->Arg(200'000)->Unit(benchmark::kMillisecond);

// As the app opens it: the check starts on its own thread (and is stopped here, at the close).
void BM_OpenPracticeCheckingInTheBackground(benchmark::State& state)
{
    openPracticeRepeatedly(state, practiceWithAuditRows(state.range(0)), {}, FileCheck::InBackground);
}
BENCHMARK(BM_OpenPracticeCheckingInTheBackground)->Arg(0)->Arg(200'000)->Unit(benchmark::kMillisecond);

// As a CLI command opens it: the check waits for a write that a read command never makes.
void BM_OpenPracticeCheckingBeforeTheFirstWrite(benchmark::State& state)
{
    openPracticeRepeatedly(state, practiceWithAuditRows(state.range(0)), {}, FileCheck::BeforeFirstWrite);
}
BENCHMARK(BM_OpenPracticeCheckingBeforeTheFirstWrite)->Arg(0)->Arg(200'000)->Unit(benchmark::kMillisecond);

// The same practice encrypted: the passphrase's key derivation, then every page decrypted.
void BM_OpenEncryptedPractice(benchmark::State& state)
{
    openPracticeRepeatedly(state, benchmarks::encryptedCopyOf(practiceWithAuditRows(state.range(0))),
                           benchmarks::kBenchmarkPassphrase);
}
BENCHMARK(BM_OpenEncryptedPractice)->Arg(0)->Arg(200'000)->Unit(benchmark::kMillisecond);

// Opens the practice with the bare sqlite3 API, without SOCI or migrations, and runs `sql`.
void openBareRepeatedly(benchmark::State& state, const char* sql)
{
    const auto& file = practiceWithAuditRows(state.range(0));
    for (auto _ : state) {
        sqlite3* connection = nullptr;
        sqlite3_open_v2(file.c_str(), &connection, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_exec(connection, sql, nullptr, nullptr, nullptr);
        sqlite3_close(connection);
    }
}

// The floor of BM_OpenPractice: the same open and quick_check.
void BM_OpenBareSqlite(benchmark::State& state)
{
    openBareRepeatedly(state, "PRAGMA quick_check(1)");
}
BENCHMARK(BM_OpenBareSqlite)->Arg(0)->Arg(200'000)->Unit(benchmark::kMillisecond);

// The floor of the two opens that leave the check for later: the open and a read of the schema.
void BM_OpenBareSqliteWithoutTheCheck(benchmark::State& state)
{
    openBareRepeatedly(state, "SELECT COUNT(*) FROM sqlite_master");
}
BENCHMARK(BM_OpenBareSqliteWithoutTheCheck)->Arg(0)->Arg(200'000)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace knotwork::db
