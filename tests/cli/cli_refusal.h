#pragma once
// A row of a hostile-input table and its check: the command is refused (exit 1 or 2, not a
// crash) with a message naming the field and the rule, nothing it prints can drive the terminal,
// and the practice file is exactly as it was.

#include <filesystem>
#include <functional>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <string>
#include <vector>

#include "practice_dump.h"
#include "support/process.h"

namespace knotwork::cli {

struct Refusal {
    std::string name;                    // what the row tries
    std::vector<std::string> arguments;  // placeholders like "{client}" filled in by the test
    std::string field;                   // named in the message
    std::string says;                    // a part of the message: the rule in words
};

// Runs `arguments` (the row's, filled in) through `cli` on `practice` and checks the refusal.
inline void expectRefusedUnchanged(const std::function<knotwork::testing::ProcessResult(std::vector<std::string>)>& cli,
                                   const std::filesystem::path& practice, const Refusal& row,
                                   std::vector<std::string> arguments)
{
    using ::testing::HasSubstr;
    using ::testing::Not;
    const std::string before = knotwork::testing::practiceDump(practice);
    const knotwork::testing::ProcessResult run = cli(std::move(arguments));
    EXPECT_THAT(run.exitCode, ::testing::AnyOf(1, 2)) << "a refusal, not a crash: " << run.err;
    EXPECT_THAT(run.err, HasSubstr(row.field));
    EXPECT_THAT(run.err, HasSubstr(row.says));
    EXPECT_THAT(run.err, Not(HasSubstr("unexpected error")));
    EXPECT_THAT(run.err + run.out, Not(HasSubstr("\x1b"))) << "what is echoed cannot drive the terminal";
    EXPECT_EQ(knotwork::testing::practiceDump(practice), before) << "nothing stored changed";
}

} // namespace knotwork::cli
