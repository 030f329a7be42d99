#include "cli_runner.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <poll.h>
#include <pty.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>
#include <map>
#include <optional>
#include <utility>

namespace knotwork::cli {

namespace {

// The data folder and, beside it, the config folder (record keys, the mail password's file) of
// the test's own, and a session bus that is not there, so a mail password never reaches the
// keyring of whoever runs the tests.
std::map<std::string, std::optional<std::string>> cliEnvironment(const std::filesystem::path& dataHome, const std::string& clock)
{
    return {{"XDG_DATA_HOME", dataHome.string()},
            {"XDG_CONFIG_HOME", (dataHome.parent_path() / "config").string()},
            {"DBUS_SESSION_BUS_ADDRESS", "unix:path=" + (dataHome.parent_path() / "no-bus").string()},
            {kClockVariable, clock}};
}

} // namespace

// KNOTWORK_CLI, the path of the knotwork-cli built beside the tests, is defined for this file
// alone (tests/cli/CMakeLists.txt): it differs between checkouts, so ccache would miss on every
// file that saw it.
knotwork::testing::ProcessResult runCli(const std::filesystem::path& dataHome, std::vector<std::string> arguments,
                                        const std::string& clock)
{
    arguments.insert(arguments.begin(), KNOTWORK_CLI);
    return knotwork::testing::runProcess(arguments, cliEnvironment(dataHome, clock));
}

knotwork::testing::ProcessResult runCliOnUntilFileSize(const std::filesystem::path& dataHome,
                                                       const std::filesystem::path& practice,
                                                       std::size_t maxFileBytes, std::vector<std::string> arguments)
{
    arguments.insert(arguments.begin(),
                     {"/usr/bin/prlimit", "--fsize=" + std::to_string(maxFileBytes), KNOTWORK_CLI, "--db", practice.string()});
    return knotwork::testing::runProcess(arguments, cliEnvironment(dataHome, kCliTestDay));
}

knotwork::testing::ProcessResult runCliOnKilledAfter(const std::filesystem::path& dataHome,
                                                     const std::filesystem::path& practice,
                                                     std::vector<std::string> arguments,
                                                     std::chrono::milliseconds delay)
{
    arguments.insert(arguments.begin(), {KNOTWORK_CLI, "--db", practice.string()});
    return knotwork::testing::runProcessKilledAfter(arguments, delay, cliEnvironment(dataHome, kCliTestDay));
}

knotwork::testing::ProcessResult runCliInLocale(const std::filesystem::path& dataHome,
                                                const std::filesystem::path& practice,
                                                std::vector<std::string> arguments, const std::string& locale)
{
    arguments.insert(arguments.begin(), {KNOTWORK_CLI, "--db", practice.string()});
    auto environment = cliEnvironment(dataHome, kCliTestDay);
    environment.insert({{"LANG", locale}, {"LC_ALL", std::nullopt}, {"LC_PAPER", std::nullopt}});
    return knotwork::testing::runProcess(arguments, environment);
}

knotwork::testing::ProcessResult runCliOn(const std::filesystem::path& dataHome, const std::filesystem::path& practice,
                                          std::vector<std::string> arguments, const std::string& clock)
{
    arguments.insert(arguments.begin(), {"--db", practice.string()});
    return runCli(dataHome, std::move(arguments), clock);
}

namespace {

// How many prompts for a passphrase the terminal has shown: lines about a passphrase that end in
// ": ", waiting for the answer.
std::size_t promptsIn(const std::string& shown)
{
    std::size_t count = 0;
    std::size_t start = 0;
    while (start < shown.size()) {
        std::size_t end = shown.find('\n', start);
        std::string line = shown.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.ends_with(": ") && line.find("assphrase") != std::string::npos)
            ++count;
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return count;
}

} // namespace

TerminalRun runCliOnTerminal(const std::filesystem::path& dataHome, const std::filesystem::path& practice,
                             std::vector<std::string> arguments, std::vector<std::string> answers)
{
    arguments.insert(arguments.begin(), {KNOTWORK_CLI, "--db", practice.string()});
    int terminal = -1;
    const pid_t child = forkpty(&terminal, nullptr, nullptr, nullptr);
    if (child < 0)
        throw std::runtime_error("forkpty failed");
    if (child == 0) {
        setenv("XDG_DATA_HOME", dataHome.c_str(), 1);
        setenv("XDG_CONFIG_HOME", (dataHome.parent_path() / "config").c_str(), 1);
        setenv(kClockVariable, kCliTestDay, 1);
        std::vector<char*> argv;
        for (std::string& argument : arguments)
            argv.push_back(argument.data());
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    TerminalRun run;
    std::size_t answered = 0;
    const auto giveUpAt = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    char buffer[1024];
    while (std::chrono::steady_clock::now() < giveUpAt) {
        pollfd ready{terminal, POLLIN, 0};
        if (poll(&ready, 1, 1000) <= 0)
            continue;
        const ssize_t n = read(terminal, buffer, sizeof buffer);
        if (n <= 0)
            break;  // EIO: the child closed the terminal
        run.shown.append(buffer, static_cast<std::size_t>(n));
        if (answered < answers.size() && promptsIn(run.shown) > answered) {
            const std::string line = answers[answered++] + "\n";
            if (write(terminal, line.data(), line.size()) != static_cast<ssize_t>(line.size()))
                break;
        }
    }
    close(terminal);
    int status = 0;
    if (std::chrono::steady_clock::now() >= giveUpAt)
        kill(child, SIGKILL);
    waitpid(child, &status, 0);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

} // namespace knotwork::cli
