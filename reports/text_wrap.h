#pragma once

#include <functional>
#include <string>
#include <vector>

namespace knotwork::reports {

using WidthOf = std::function<double(const std::string& utf8)>;

// Breaks UTF-8 text into lines no wider than `width`: at spaces, at the text's own line breaks,
// and inside a word only when the word alone is wider than a line (never inside a character).
// Empty text gives no lines; an empty line of the text is kept.
std::vector<std::string> wrapText(const std::string& text, double width, const WidthOf& widthOf);

} // namespace knotwork::reports
