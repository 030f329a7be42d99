#pragma once
// Runs knotwork-cli as a user would from a shell, with a data folder of the test's own, so the
// default practice of whoever runs the tests is never touched, and its clock stopped at one
// moment, so "today" (a goal met in the last four weeks, a clearance still valid) is the same on
// any day the tests run.

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

// The same on one practice file, killed (SIGKILL) once `delay` has passed: a power cut at an
// arbitrary moment of a command.
knotwork::testing::ProcessResult runCliOnKilledAfter(const std::filesystem::path& dataHome,
                                                     const std::filesystem::path& practice,
                                                     std::chrono::milliseconds delay, std::vector<std::string> arguments);

} // namespace knotwork::cli
