#include "app/practice/practice_files.h"

#include <system_error>

namespace knotwork::app {

void removePracticeFiles(const std::filesystem::path& file) noexcept
{
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(std::filesystem::path(file) += suffix, ignored);
}

} // namespace knotwork::app
