#include "reports/text_wrap.h"

#include <algorithm>

namespace knotwork::reports {

namespace {

bool continuesCharacter(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// Splits a word wider than a line into pieces that fit, whole characters each.
std::vector<std::string> splitWord(const std::string& word, double width, const WidthOf& widthOf)
{
    std::vector<std::string> pieces;
    std::string piece;
    std::size_t at = 0;
    while (at < word.size()) {
        std::size_t end = at + 1;
        while (end < word.size() && continuesCharacter(word[end]))
            ++end;
        const std::string character = word.substr(at, end - at);
        if (!piece.empty() && widthOf(piece + character) > width) {
            pieces.push_back(piece);
            piece.clear();
        }
        piece += character;
        at = end;
    }
    if (!piece.empty())
        pieces.push_back(piece);
    return pieces;
}

void wrapParagraph(const std::string& paragraph, double width, const WidthOf& widthOf,
                   std::vector<std::string>& lines)
{
    constexpr const char* kBlanks = " \t\n\r\f\v";  // what separates words, as for std::isspace
    const double space = widthOf(" ");
    std::string line;
    double lineWidth = 0;
    bool any = false;
    std::size_t start = paragraph.find_first_not_of(kBlanks);
    while (start != std::string::npos) {
        const std::size_t end = std::min(paragraph.find_first_of(kBlanks, start), paragraph.size());
        const std::string word = paragraph.substr(start, end - start);
        start = paragraph.find_first_not_of(kBlanks, end);
        any = true;
        const double wordWidth = widthOf(word);
        if (!line.empty() && lineWidth + space + wordWidth <= width) {
            line += ' ' + word;
            lineWidth += space + wordWidth;
            continue;
        }
        if (!line.empty())
            lines.push_back(line);
        if (wordWidth <= width) {
            line = word;
            lineWidth = wordWidth;
            continue;
        }
        std::vector<std::string> pieces = splitWord(word, width, widthOf);
        line = pieces.back();
        lineWidth = widthOf(line);
        pieces.pop_back();
        lines.insert(lines.end(), pieces.begin(), pieces.end());
    }
    if (!line.empty() || !any)
        lines.push_back(line);
}

} // namespace

std::vector<std::string> wrapText(const std::string& text, double width, const WidthOf& widthOf)
{
    std::vector<std::string> lines;
    if (text.empty())
        return lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        wrapParagraph(text.substr(start, end - start), width, widthOf, lines);
        start = end + 1;
    }
    return lines;
}

} // namespace knotwork::reports
