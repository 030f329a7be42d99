#include "common/durable_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork {

namespace fs = std::filesystem;

namespace {

void syncPath(const fs::path& path, int flags)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int cause = errno;
        if (fd >= 0)
            ::close(fd);
        throw StorageError(formatMessage(_("Could not write {} to the disk: {}."), path.string(),
                                         std::strerror(cause)));
    }
    ::close(fd);
}

} // namespace

fs::path partialPathFor(const fs::path& file)
{
    fs::path partial = file;
    partial += ".partial";
    return partial;
}

void syncFile(const fs::path& file)
{
    syncPath(file, O_RDONLY);
}

void moveIntoPlace(const fs::path& partial, const fs::path& file, bool replace)
{
    std::error_code error;
    if (!replace && fs::exists(file, error))
        throw PracticeFileError(formatMessage(_("{} already exists; Knotwork will not overwrite it."),
                                              file.string()));
    fs::rename(partial, file, error);
    if (error)
        throw StorageError(formatMessage(_("Could not name {}: {}."), file.string(), error.message()));
    syncPath(file.parent_path().empty() ? fs::path(".") : file.parent_path(), O_RDONLY | O_DIRECTORY);
}

} // namespace knotwork
