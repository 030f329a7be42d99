#pragma once
// A test of knotwork-cli commands on one practice file of its own.

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_runner.h"
#include "support/temp_dir.h"

namespace knotwork::cli {

class CliPracticeTest : public ::testing::Test {
protected:
    // Every command but init and demo needs a practice to be there: tests start with a new one.
    void SetUp() override { ASSERT_EQ(cli({"init"}).exitCode, 0); }

    knotwork::testing::ProcessResult cli(std::vector<std::string> arguments, const std::string& clock = kCliTestDay)
    {
        return runCliOn(m_dir / "data", m_practice, std::move(arguments), clock);
    }

    // Runs a command that must succeed and returns its --json output (null when it failed).
    nlohmann::json cliJson(std::vector<std::string> arguments)
    {
        arguments.push_back("--json");
        const knotwork::testing::ProcessResult run = cli(arguments);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return run.exitCode == 0 ? nlohmann::json::parse(run.out) : nlohmann::json();
    }

    // `client add` with these options, then informed consent to treatment (given 2026-01-05), so
    // the client's treatment notes can be signed. Returns the client's number.
    long long addTreatedClient(std::vector<std::string> options)
    {
        options.insert(options.begin(), {"client", "add"});
        const long long id = cliJson(options)["id"];
        cliJson({"client", "consent", std::to_string(id), "--treatment", "--date", "2026-01-05", "--version", "2024-1"});
        return id;
    }

    knotwork::testing::TempDir m_dir;
    std::filesystem::path m_practice = m_dir / "practice.sqlite";
};

} // namespace knotwork::cli
