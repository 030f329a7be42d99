#pragma once

#include <span>
#include <string_view>

namespace knotwork {

// A source file compiled into the binary by knotwork_embed_files (cmake/KnotworkBuild.cmake).
struct EmbeddedFile {
    std::string_view path;  // relative to the folder it was embedded from
    std::string_view text;
};

} // namespace knotwork
