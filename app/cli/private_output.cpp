#include "app/cli/private_output.h"

#include <fstream>

#include "common/error.h"
#include "common/i18n.h"
#include "db/durable_file.h"
#include "db/private_file.h"

namespace knotwork::cli {

namespace fs = std::filesystem;

void writePrivateFile(const fs::path& file, const std::string& bytes)
{
    const fs::path partial = db::partialPathFor(file);
    std::error_code ignored;
    fs::remove(partial, ignored);  // what a killed attempt left
    try {
        db::createPrivateFile(partial);
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out.flush())
            throw StorageError(formatMessage(_("Could not write {}."), file.string()));
        out.close();
        db::syncFile(partial);
        db::moveIntoPlace(partial, file, true);
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

} // namespace knotwork::cli
