#pragma once
// Runs knotwork-cli as a user would from a shell, with a data folder of the test's own, so the
// default practice of whoever runs the tests is never touched, and its clock stopped at one
// moment, so "today" (a goal met in the last four weeks, a clearance still valid) is the same on
// any day the tests run.

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "common/clock.h"
#include "support/process.h"

namespace knotwork::cli {

inline constexpr const char* kCliTestDay = "2026-11-25";  // noon, local time

// `clock` is what KNOTWORK_CLOCK is set to.
knotwork::testing::ProcessResult runCli(const std::filesystem::path& dataHome, std::vector<std::string> arguments,
                                        const std::string& clock = kCliTestDay);

// The same on one practice file: knotwork-cli --db PRACTICE ARGUMENTS...
knotwork::testing::ProcessResult runCliOn(const std::filesystem::path& dataHome, const std::filesystem::path& practice,
                                          std::vector<std::string> arguments, const std::string& clock = kCliTestDay);

// The same on one practice file in a locale: LANG is `locale`, and LC_ALL and LC_PAPER are unset.
knotwork::testing::ProcessResult runCliInLocale(const std::filesystem::path& dataHome,
                                                const std::filesystem::path& practice,
                                                std::vector<std::string> arguments, const std::string& locale);

// The same on one practice file, killed (SIGXFSZ) once it has written `maxFileBytes` into any
// one file: a kill part-way through an action.
knotwork::testing::ProcessResult runCliOnUntilFileSize(const std::filesystem::path& dataHome,
                                                       const std::filesystem::path& practice,
                                                       std::size_t maxFileBytes, std::vector<std::string> arguments);

// The same on one practice file, sent SIGKILL once `delay` has passed (runProcessKilledAfter).
knotwork::testing::ProcessResult runCliOnKilledAfter(const std::filesystem::path& dataHome,
                                                     const std::filesystem::path& practice,
                                                     std::vector<std::string> arguments,
                                                     std::chrono::milliseconds delay);

// knotwork-cli on a pseudo-terminal, as a person at a shell runs it: `answers` are typed one by
// one, each after the next prompt for a passphrase shows. `shown` is everything the terminal
// displayed (stdout and stderr, and whatever was echoed).
struct TerminalRun {
    int exitCode = -1;
    std::string shown;
};
TerminalRun runCliOnTerminal(const std::filesystem::path& dataHome, const std::filesystem::path& practice,
                             std::vector<std::string> arguments, std::vector<std::string> answers);

} // namespace knotwork::cli
