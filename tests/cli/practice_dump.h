#pragma once
// Everything a practice file stores, as text: its schema and every row of every table, each value
// quoted by SQLite. Two dumps are equal when nothing stored changed.

#include <filesystem>
#include <string>

namespace knotwork::testing {

std::string practiceDump(const std::filesystem::path& file);

} // namespace knotwork::testing
