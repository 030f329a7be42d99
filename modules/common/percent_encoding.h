#pragma once

#include <string>
#include <string_view>

namespace knotwork {

// `text` as a URI writes it (RFC 3986): letters, digits, -._~ and the characters of `alsoPlain`
// as they are, every other byte as %XX. For SQLite's file: URIs and libpq's postgresql:// ones.
std::string percentEncoded(std::string_view text, std::string_view alsoPlain = {});

} // namespace knotwork
