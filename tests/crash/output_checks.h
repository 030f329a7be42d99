#pragma once
// Checks of the files a write run sends out of the practice: a report PDF with its disclosure
// row, a backup, an export archive. Each run's file is checked once, after the opening that
// follows the run (which finishes or clears what a kill interrupted).

#include <filesystem>
#include <string>

#include "findings.h"

namespace knotwork::crash {

// The PDF exists whole if and only if the disclosure log has its row (same name, SHA-256 and
// size); an acknowledged run has both.
Findings reportFindings(const std::filesystem::path& practice, const std::filesystem::path& pdf, bool acknowledged);

// Every backup in `folder` not yet checked passes integrity_check (`checked` remembers which);
// an acknowledged run's backup is there.
Findings backupFindings(const std::filesystem::path& folder, const std::filesystem::path& acknowledgedBackup,
                        std::vector<std::filesystem::path>& checked);

// The archive is absent or whole; an acknowledged run's is there.
Findings exportFindings(const std::filesystem::path& archive, bool acknowledged);

} // namespace knotwork::crash
