#include "cli_runner.h"

#include <utility>

namespace knotwork::cli {

// KNOTWORK_CLI, the path of the knotwork-cli built beside the tests, is defined for this file
// alone (tests/cli/CMakeLists.txt): it differs between checkouts, so ccache would miss on every
// file that saw it.
knotwork::testing::ProcessResult runCli(const std::filesystem::path& dataHome, std::vector<std::string> arguments,
                                        const std::string& clock)
{
    arguments.insert(arguments.begin(), KNOTWORK_CLI);
    return knotwork::testing::runProcess(arguments, {{"XDG_DATA_HOME", dataHome.string()}, {kClockVariable, clock}});
}

knotwork::testing::ProcessResult runCliOnUntilFileSize(const std::filesystem::path& dataHome,
                                                       const std::filesystem::path& practice,
                                                       std::size_t maxFileBytes, std::vector<std::string> arguments)
{
    arguments.insert(arguments.begin(),
                     {"/usr/bin/prlimit", "--fsize=" + std::to_string(maxFileBytes), KNOTWORK_CLI, "--db", practice.string()});
    return knotwork::testing::runProcess(arguments, {{"XDG_DATA_HOME", dataHome.string()}, {kClockVariable, kCliTestDay}});
}

knotwork::testing::ProcessResult runCliOnKilledAfter(const std::filesystem::path& dataHome,
                                                     const std::filesystem::path& practice,
                                                     std::chrono::milliseconds delay, std::vector<std::string> arguments)
{
    arguments.insert(arguments.begin(), {KNOTWORK_CLI, "--db", practice.string()});
    return knotwork::testing::runProcessKilledAfter(arguments, delay,
                                                    {{"XDG_DATA_HOME", dataHome.string()}, {kClockVariable, kCliTestDay}});
}

knotwork::testing::ProcessResult runCliInLocale(const std::filesystem::path& dataHome,
                                                const std::filesystem::path& practice,
                                                std::vector<std::string> arguments, const std::string& locale)
{
    arguments.insert(arguments.begin(), {KNOTWORK_CLI, "--db", practice.string()});
    return knotwork::testing::runProcess(arguments, {{"XDG_DATA_HOME", dataHome.string()},
                                                     {kClockVariable, kCliTestDay},
                                                     {"LANG", locale},
                                                     {"LC_ALL", std::nullopt},
                                                     {"LC_PAPER", std::nullopt}});
}

knotwork::testing::ProcessResult runCliOn(const std::filesystem::path& dataHome, const std::filesystem::path& practice,
                                          std::vector<std::string> arguments, const std::string& clock)
{
    arguments.insert(arguments.begin(), {"--db", practice.string()});
    return runCli(dataHome, std::move(arguments), clock);
}

} // namespace knotwork::cli
