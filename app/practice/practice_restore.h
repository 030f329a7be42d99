#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/timestamp.h"
#include "db/practice_summary.h"

namespace knotwork::app {

// Restoring a practice from a backup (or any Knotwork practice file): the candidate is looked
// into without changing a byte of it, then copied beside the practice, upgraded when older,
// audited, and swapped in whole. The practice it replaces is kept as a backup first.

struct RestoreCandidate {
    std::filesystem::path file;
    bool encrypted = false;
    int schemaVersion = 0;          // older than this Knotwork's is upgraded in the copy swapped in
    std::vector<db::RecordCount> counts;   // db/practice_summary.h
    std::optional<Timestamp> newestSignedNote;
    std::optional<Timestamp> lastChange;   // newest audit row
};

// Read-only; PracticeFileError (damaged, not a practice, newer), PassphraseError. Changes no byte.
RestoreCandidate inspectRestoreCandidate(const std::filesystem::path& candidate, const std::string& passphrase);

struct RestoreOutcome {
    // Where the replaced practice is kept, in its backup folder ("…-before-restore.knotwork-backup");
    // empty when there was no practice to replace.
    std::filesystem::path replacedKeptAt;
    RestoreCandidate restored;
};

// Practice closed in this process. Keeps the current practice as a backup, copies+upgrades the
// candidate beside it, audits the restore inside that copy, then swaps. Failure: nothing changed.
// The restored practice opens with the candidate's passphrase. The practice need not exist (a
// new computer): then nothing is kept and the candidate becomes the practice.
RestoreOutcome restorePractice(const std::filesystem::path& practiceFile, const std::string& practicePassphrase,
                               const std::filesystem::path& candidate, const std::string& candidatePassphrase,
                               const std::string& actor);

} // namespace knotwork::app
