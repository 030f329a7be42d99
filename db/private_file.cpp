#include "db/private_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::db {

namespace fs = std::filesystem;

void createPrivateFile(const fs::path& file)
{
    const fs::path folder = file.parent_path();
    if (!folder.empty() && !fs::exists(folder)) {
        std::error_code error;
        fs::create_directories(folder, error);
        if (error)
            throw StorageError(formatMessage(_("Could not create the folder {}: {}."),
                                             folder.string(), error.message()));
        fs::permissions(folder, fs::perms::owner_all, error);
    }

    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int cause = errno;
        if (cause == EEXIST)
            throw PracticeFileError(formatMessage(_("{} already exists; Knotwork will not overwrite it."),
                                                  file.string()));
        throw StorageError(formatMessage(_("Could not create {}: {}."), file.string(),
                                         std::strerror(cause)));
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR);  // the umask may only have removed bits; make it exact
    ::close(fd);
}

} // namespace knotwork::db
