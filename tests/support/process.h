#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace knotwork::testing {

struct ProcessResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs a program to completion and collects what it printed. `environment` adds, replaces or
// (with nullopt) removes variables of this process's environment for the child.
ProcessResult runProcess(const std::vector<std::string>& arguments,
                         const std::map<std::string, std::optional<std::string>>& environment = {});

// As runProcess, but the child is sent SIGKILL once `delay` has passed (exit code 137 then; a
// child that finished first exits as it would): what a power cut or the OOM killer does to a
// command at an arbitrary moment.
ProcessResult runProcessKilledAfter(const std::vector<std::string>& arguments, std::chrono::milliseconds delay,
                                    const std::map<std::string, std::optional<std::string>>& environment = {});

} // namespace knotwork::testing
