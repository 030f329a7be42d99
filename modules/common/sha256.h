#pragma once

#include <string>
#include <string_view>

namespace knotwork {

// The SHA-256 of `bytes` in lower-case hex: how the disclosure log names the exact file sent, and
// how an export vouches for each attachment's bytes.
std::string sha256Hex(std::string_view bytes);

} // namespace knotwork
