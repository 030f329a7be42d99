#pragma once

#include <filesystem>

namespace knotwork::app {

// Removes a practice file and the journal SQLite may have left beside it: what a failed or
// abandoned attempt to create a practice leaves behind. Never throws.
void removePracticeFiles(const std::filesystem::path& file) noexcept;

} // namespace knotwork::app
