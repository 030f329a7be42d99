#include "crash_cli.h"

#include <ctime>
#include <map>
#include <optional>
#include <utility>

#include "common/clock.h"

namespace knotwork::crash {

namespace {

// 2026-11-25 12:00:00 UTC, the day the CLI tests are set on.
constexpr std::time_t kFirstMoment = 1795608000;
constexpr std::time_t kStep = 120;

std::string isoMoment(std::time_t moment)
{
    std::tm utc{};
    gmtime_r(&moment, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

} // namespace

CrashCli::CrashCli(std::filesystem::path home) : m_home(std::move(home)) {}

std::map<std::string, std::optional<std::string>> CrashCli::environment()
{
    return {{"XDG_DATA_HOME", (m_home / "data").string()},
            {"XDG_CONFIG_HOME", (m_home / "config").string()},
            {kClockVariable, isoMoment(kFirstMoment + kStep * m_runs++)}};
}

std::vector<std::string> CrashCli::withPractice(const std::filesystem::path& practice, std::vector<std::string> arguments)
{
    // KNOTWORK_CLI is defined for this file alone (tests/crash/CMakeLists.txt), as in tests/cli.
    arguments.insert(arguments.begin(), {KNOTWORK_CLI, "--db", practice.string()});
    return arguments;
}

knotwork::testing::ProcessResult CrashCli::run(const std::filesystem::path& practice, std::vector<std::string> arguments)
{
    return knotwork::testing::runProcess(withPractice(practice, std::move(arguments)), environment());
}

knotwork::testing::ProcessResult CrashCli::runKilledAfter(const std::filesystem::path& practice,
                                                          std::vector<std::string> arguments,
                                                          std::chrono::milliseconds delay)
{
    return knotwork::testing::runProcessKilledAfter(withPractice(practice, std::move(arguments)), delay, environment());
}

std::filesystem::path CrashCli::backupFolder(const std::string& stem) const
{
    return m_home / "data" / "knotwork" / "backups" / stem;
}

Date CrashCli::dayOfNextRun() const
{
    const std::time_t moment = kFirstMoment + kStep * m_runs;
    std::tm local{};
    localtime_r(&moment, &local);
    return Date(static_cast<unsigned short>(local.tm_year + 1900), static_cast<unsigned short>(local.tm_mon + 1),
                static_cast<unsigned short>(local.tm_mday));
}

} // namespace knotwork::crash
