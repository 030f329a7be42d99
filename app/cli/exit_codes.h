#pragma once

namespace knotwork::cli {

// knotwork-cli's exit codes, documented in `knotwork-cli --help` and the README.
enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,            // the command could not be carried out (message on stderr)
    kExitUsage = 2,              // the command line itself is wrong
    kExitPracticeUnusable = 3,   // the practice file is damaged, not a practice, from a newer Knotwork, its passphrase is missing or wrong, or its record key is missing (writes refused); `verify` found something
};

} // namespace knotwork::cli
