#include "app/mail/mime_encoding.h"

#include <algorithm>

namespace knotwork::mail {

namespace {

constexpr std::size_t kEncodedWordLength = 75;
constexpr std::size_t kQuotedPrintableLine = 76;
constexpr std::string_view kEncodedWordStart = "=?UTF-8?B?";
constexpr std::string_view kEncodedWordEnd = "?=";
constexpr char kHexDigits[] = "0123456789ABCDEF";

bool isPrintableAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return c >= 0x20 && c < 0x7F; });
}

std::string base64(std::string_view bytes)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t count = std::min<std::size_t>(3, bytes.size() - i);
        unsigned value = 0;
        for (std::size_t k = 0; k < 3; ++k)
            value = (value << 8) | (k < count ? static_cast<unsigned char>(bytes[i + k]) : 0u);
        for (std::size_t k = 0; k < 4; ++k)
            out += k <= count ? kAlphabet[(value >> (18 - 6 * k)) & 0x3F] : '=';
    }
    return out;
}

// The length of the UTF-8 character starting at `lead` (1 for a stray continuation byte, so that
// broken text still advances).
std::size_t characterLength(unsigned char lead)
{
    if (lead >= 0xF0)
        return 4;
    if (lead >= 0xE0)
        return 3;
    if (lead >= 0xC0)
        return 2;
    return 1;
}

std::string encodedWords(std::string_view utf8, std::size_t used)
{
    const std::size_t frame = kEncodedWordStart.size() + kEncodedWordEnd.size();
    std::string out;
    std::size_t room = kEncodedWordLength - std::min(used, kEncodedWordLength - frame - 8);
    std::size_t start = 0;
    while (start < utf8.size()) {
        // Whole characters while their base64 still fits the word: 3 bytes make 4 characters.
        const std::size_t maxBytes = (room - frame) / 4 * 3;
        std::size_t end = start;
        while (end < utf8.size()) {
            const std::size_t next = std::min(utf8.size(), end + characterLength(static_cast<unsigned char>(utf8[end])));
            if (next - start > maxBytes && end > start)
                break;
            end = next;
        }
        if (!out.empty())
            out += "\r\n ";
        out += kEncodedWordStart;
        out += base64(utf8.substr(start, end - start));
        out += kEncodedWordEnd;
        start = end;
        room = kEncodedWordLength;
    }
    return out;
}

std::string quotedString(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

bool needsQuoting(std::string_view text)
{
    return text.find_first_of("()<>[]:;@\\,.\"") != std::string_view::npos;
}

} // namespace

std::string headerText(std::string_view utf8, std::size_t used)
{
    if (isPrintableAscii(utf8) && used + utf8.size() <= 78)
        return std::string(utf8);
    return encodedWords(utf8, used);
}

std::string mailbox(std::string_view name, std::string_view address, std::size_t used)
{
    if (name.empty())
        return std::string(address);
    std::string shown;
    if (isPrintableAscii(name) && used + name.size() + address.size() + 5 <= 78)
        shown = needsQuoting(name) ? quotedString(name) : std::string(name);
    else
        shown = encodedWords(name, used);
    return shown + " <" + std::string(address) + ">";
}

std::string quotedPrintable(std::string_view utf8)
{
    std::string out;
    std::string line;
    const auto endLine = [&](bool hard) {
        // A space or tab that would end the line is lost by mail software: encode it.
        if (hard && !line.empty() && (line.back() == ' ' || line.back() == '\t')) {
            const unsigned char last = static_cast<unsigned char>(line.back());
            line.pop_back();
            if (line.size() + 3 > kQuotedPrintableLine) {
                out += line + "=\r\n";
                line.clear();
            }
            line += '=';
            line += kHexDigits[last >> 4];
            line += kHexDigits[last & 0x0F];
        }
        out += line;
        out += hard ? "\r\n" : "=\r\n";
        line.clear();
    };
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        if (c == '\r' && i + 1 < utf8.size() && utf8[i + 1] == '\n')
            continue;  // the LF that follows ends the line
        if (c == '\n') {
            endLine(true);
            continue;
        }
        std::string piece;
        if ((c >= 33 && c <= 126 && c != '=') || c == ' ' || c == '\t')
            piece = static_cast<char>(c);
        else
            piece = {'=', kHexDigits[c >> 4], kHexDigits[c & 0x0F]};
        // Leave room for the soft break's "=" (76 characters in all).
        if (line.size() + piece.size() > kQuotedPrintableLine - 1)
            endLine(false);
        line += piece;
    }
    if (!line.empty())
        endLine(true);
    return out;
}

std::string base64Lines(std::string_view bytes)
{
    constexpr std::size_t kLine = 76;
    const std::string encoded = base64(bytes);
    std::string out;
    out.reserve(encoded.size() + encoded.size() / kLine * 2 + 2);
    for (std::size_t at = 0; at < encoded.size(); at += kLine) {
        out.append(encoded, at, kLine);
        out += "\r\n";
    }
    return out;
}

} // namespace knotwork::mail
