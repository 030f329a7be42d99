#pragma once
// A whole-practice export (practice_export.h) made into a practice again.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "db/practice_summary.h"

namespace knotwork::app {

struct ImportOutcome {
    std::vector<db::RecordCount> counts;
    std::optional<std::filesystem::path> replacedKeptAt;  // the empty practice that was there
};

// Into `practiceFile`: none there, or an empty practice (no clients, providers, notes or plans),
// closed in this process; an empty practice is kept beside it as
// "<file>.before-import-<time>". The practice is built as the archive describes, every row as
// written there (ids, audit trail and schema versions kept, nothing added); an archive of an
// older practice format is then upgraded. All or nothing: every record is checked first and a
// ValidationError names the record and field of each problem ("clients #12, intake.…"); nothing is
// left behind then. ConflictError for a practice that holds records; PracticeFileError for a
// file that is not an export or one from a newer Knotwork; PassphraseError for an encrypted
// archive without its passphrase. The new practice is encrypted with `practicePassphrase`
// (empty: plain).
ImportOutcome importPractice(const std::filesystem::path& archive, const std::string& archivePassphrase,
                             const std::filesystem::path& practiceFile, const std::string& practicePassphrase);

} // namespace knotwork::app
