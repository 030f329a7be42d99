#include "common/private_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

#include "common/error.h"
#include "common/durable_file.h"
#include "common/i18n.h"

namespace knotwork {

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

void writePrivateFile(const fs::path& file, const std::string& bytes)
{
    const fs::path partial = partialPathFor(file);
    std::error_code ignored;
    fs::remove(partial, ignored);  // what a killed attempt left
    try {
        createPrivateFile(partial);
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out.flush())
            throw StorageError(formatMessage(_("Could not write {}."), file.string()));
        out.close();
        syncFile(partial);
        moveIntoPlace(partial, file, true);
    } catch (...) {
        fs::remove(partial, ignored);
        throw;
    }
}

void makePrivateFolder(const fs::path& folder)
{
    std::error_code error;
    if (folder.empty() || fs::is_directory(folder, error))
        return;
    fs::create_directories(folder, error);
    if (!error)
        fs::permissions(folder, fs::perms::owner_all, error);
    if (error)
        throw StorageError(formatMessage(_("Could not create the folder {}: {}."), folder.string(), error.message()));
}

} // namespace knotwork
