#pragma once

#include <cstdint>
#include <string>

namespace knotwork::cli {

// A file's size as the CLI prints it: "12.5 KB", "3.2 MB".
std::string fileSizeText(std::uintmax_t bytes);

} // namespace knotwork::cli
