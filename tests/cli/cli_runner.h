#pragma once
// Runs knotwork-cli as a user would from a shell, with a data folder of the test's own, so the
// default practice of whoever runs the tests is never touched.

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "support/process.h"

namespace knotwork::cli {

inline knotwork::testing::ProcessResult runCli(const std::filesystem::path& dataHome, std::vector<std::string> arguments)
{
    arguments.insert(arguments.begin(), KNOTWORK_CLI);
    return knotwork::testing::runProcess(arguments, {{"XDG_DATA_HOME", dataHome.string()}});
}

// The same on one practice file: knotwork-cli --db PRACTICE ARGUMENTS...
inline knotwork::testing::ProcessResult runCliOn(const std::filesystem::path& dataHome, const std::filesystem::path& practice,
                                                 std::vector<std::string> arguments)
{
    arguments.insert(arguments.begin(), {"--db", practice.string()});
    return runCli(dataHome, std::move(arguments));
}

} // namespace knotwork::cli
