// The crash test: write commands of every kind killed with SIGKILL at random moments, each kill
// followed by the checks of crash_driver.h. KNOTWORK_CRASH_KILLS kills in all (200 unless set;
// scripts/test --long sets 2,000), shared among the shards so that two run at once; the seed is
// KNOTWORK_CRASH_SEED, or a new one printed at the start, so a failing run can be run again.
#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>
#include <random>
#include <string>

#include "crash_driver.h"
#include "support/temp_dir.h"

namespace knotwork::crash {
namespace {

constexpr int kShards = 4;

long long numberFromEnvironment(const char* name, long long otherwise)
{
    const char* value = std::getenv(name);
    return value && *value ? std::stoll(value) : otherwise;
}

int killsOfShard(int shard)
{
    const long long kills = numberFromEnvironment("KNOTWORK_CRASH_KILLS", 200);
    return static_cast<int>(kills / kShards + (shard < kills % kShards ? 1 : 0));
}

std::uint64_t seed()
{
    static const std::uint64_t chosen = static_cast<std::uint64_t>(
        numberFromEnvironment("KNOTWORK_CRASH_SEED", static_cast<long long>(std::random_device()() & 0x7fffffff)));
    return chosen;
}

class KilledWrites : public ::testing::TestWithParam<int> {};

TEST_P(KilledWrites, LeaveThePracticeWholeWithEveryAcknowledgedWriteOnceAndNothingHalfWritten)
{
    const int shard = GetParam();
    const int kills = killsOfShard(shard);
    const std::string reproduce = "KNOTWORK_CRASH_SEED=" + std::to_string(seed()) + " KNOTWORK_CRASH_KILLS=" +
                                  std::to_string(numberFromEnvironment("KNOTWORK_CRASH_KILLS", 200)) + ", shard " +
                                  std::to_string(shard);
    std::printf("crash test: %s\n", reproduce.c_str());
    std::fflush(stdout);

    knotwork::testing::TempDir home;
    CrashDriver driver(home.path(), seed() * kShards + static_cast<std::uint64_t>(shard));
    try {
        driver.setUp();
    } catch (const std::exception& error) {
        FAIL() << "setting up the practice: " << error.what();
    }
    // A run that finished before its kill is an acknowledged write, not a kill: run on until the
    // kills are all made, within reason (each run is killed before its measured duration).
    const int mostRuns = 3 * kills + 20;
    int failingRuns = 0;
    while (driver.tally().kills < kills && driver.tally().runs < mostRuns && failingRuns < 5) {
        const Findings findings = driver.killOne();
        for (const Finding& finding : findings)
            ADD_FAILURE() << reproduce << ", " << driver.lastRun() << ": " << nameOf(finding.kind) << ": " << finding.what;
        failingRuns += !findings.empty();
    }
    std::printf("crash test, shard %d of %d: %s\n", shard + 1, kShards, driver.tally().summary().c_str());
    std::printf("crash test, shard %d of %d, kills by kind: %s\n", shard + 1, kShards,
                driver.tally().killsByKind().c_str());
    EXPECT_EQ(driver.tally().kills, kills) << reproduce << ": the runs ended before their kills";
}

INSTANTIATE_TEST_SUITE_P(Shards, KilledWrites, ::testing::Range(0, kShards));

} // namespace
} // namespace knotwork::crash
