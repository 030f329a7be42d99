#include "db/practice_swap.h"

#include "common/error.h"
#include "common/i18n.h"
#include "common/durable_file.h"

namespace knotwork::db {

namespace fs = std::filesystem;

namespace {

fs::path besidePractice(const fs::path& practice, const char* suffix)
{
    fs::path path = practice;
    path += suffix;
    return path;
}

} // namespace

void swapInPractice(const fs::path& replacement, const fs::path& practice)
{
    std::error_code error;
    if (fs::exists(besidePractice(practice, "-wal"), error))
        throw StorageError(formatMessage(
            _("{} is still open in another window or program. Close Knotwork there and try again; "
              "nothing was changed."), practice.string()));
    fs::remove(besidePractice(practice, "-shm"), error);  // only an open WAL practice needs it
    moveIntoPlace(replacement, practice, true);
}

void removeUnfinishedReplacement(const fs::path& practice) noexcept
{
    std::error_code ignored;
    const fs::path replacement = partialPathFor(practice);
    // With the copy that was becoming it, and what SQLite kept beside either while it was open (a
    // journal; the WAL of a replacement opened to be checked or audited): a stale one must never
    // meet the next replacement written under the same name.
    for (const fs::path& file : {partialPathFor(replacement), replacement})
        for (const char* suffix : {"-wal", "-shm", "-journal", ""})
            fs::remove(besidePractice(file, suffix), ignored);
    // Upgrading an older replacement (a restored backup) first copies it as
    // "<practice file>.format-N.<time>.partial": only a replacement's upgrade makes that name.
    const std::string upgradeCopy = practice.filename().string() + ".format-";
    fs::directory_iterator folder(practice.parent_path().empty() ? fs::path(".") : practice.parent_path(), ignored);
    for (const fs::directory_entry& entry : folder) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(upgradeCopy) && name.find(".partial") != std::string::npos)
            fs::remove(entry.path(), ignored);
    }
}

} // namespace knotwork::db
