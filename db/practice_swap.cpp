#include "db/practice_swap.h"

#include "common/error.h"
#include "common/i18n.h"
#include "db/durable_file.h"

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
    fs::remove(partialPathFor(replacement), ignored);  // the copy that was becoming it
    // A replacement opened to be checked (a new passphrase's audit row) has a WAL while open; a
    // stale one must never meet the next replacement written under the same name.
    for (const char* suffix : {"-wal", "-shm", "-journal", ""})
        fs::remove(besidePractice(replacement, suffix), ignored);
}

} // namespace knotwork::db
