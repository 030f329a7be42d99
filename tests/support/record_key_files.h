#pragma once
// The record key files (db/record_keys.h) in a config folder's record-keys folder, for tests that
// look at where a practice's key went or take it away.

#include <filesystem>
#include <vector>

namespace knotwork::testing {

inline std::vector<std::filesystem::path> recordKeyFilesIn(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> files;
    if (std::filesystem::exists(folder))
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            if (entry.path().extension() == ".key")
                files.push_back(entry.path());
    return files;
}

} // namespace knotwork::testing
