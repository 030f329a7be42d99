#pragma once
// knotwork-cli run by the crash test: with data and config folders of the test's own (the
// practice's backups, its chain key), and a clock that moves on two minutes at every run, so each
// backup has a name of its own and what a killed run left behind is old enough to be finished.

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/calendar_date.h"
#include "support/process.h"

namespace knotwork::crash {

class CrashCli {
public:
    explicit CrashCli(std::filesystem::path home);

    // knotwork-cli --db PRACTICE ARGUMENTS..., to its end.
    knotwork::testing::ProcessResult run(const std::filesystem::path& practice, std::vector<std::string> arguments);
    // The same, sent SIGKILL once `delay` has passed (exit code 137 when the kill came first).
    knotwork::testing::ProcessResult runKilledAfter(const std::filesystem::path& practice,
                                                    std::vector<std::string> arguments,
                                                    std::chrono::milliseconds delay);

    // Where the practice's backups go: the data folder's backups of a practice file named `stem`.
    std::filesystem::path backupFolder(const std::string& stem) const;
    // The day on this computer's calendar that the next run's clock reads.
    Date dayOfNextRun() const;

private:
    std::map<std::string, std::optional<std::string>> environment();
    static std::vector<std::string> withPractice(const std::filesystem::path& practice, std::vector<std::string> arguments);

    std::filesystem::path m_home;
    long long m_runs = 0;
};

} // namespace knotwork::crash
