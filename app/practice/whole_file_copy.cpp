#include "app/practice/whole_file_copy.h"

#include "common/error.h"
#include "common/i18n.h"
#include "common/durable_file.h"
#include "common/private_file.h"

namespace knotwork::app {

namespace fs = std::filesystem;

void copyFileWhole(const fs::path& source, const fs::path& destination)
{
    std::error_code error;
    if (fs::exists(destination, error))
        throw PracticeFileError(formatMessage(_("{} already exists; Knotwork will not overwrite it."),
                                              destination.string()));
    const fs::path partial = partialPathFor(destination);
    fs::remove(partial, error);
    try {
        createPrivateFile(partial);
        fs::copy_file(source, partial, fs::copy_options::overwrite_existing, error);
        if (error)
            throw StorageError(formatMessage(_("Could not copy {} to {}: {}."), source.string(),
                                             destination.string(), error.message()));
        fs::permissions(partial, fs::perms::owner_read | fs::perms::owner_write, error);
        syncFile(partial);
        moveIntoPlace(partial, destination);
    } catch (...) {
        fs::remove(partial, error);
        throw;
    }
}

} // namespace knotwork::app
