#include "reports/pdf_content.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <hpdf_pages.h>

namespace knotwork::reports {

namespace {

constexpr std::size_t kLongestOperation = 6 * (kLongestPdfNumber + 1) + 8;  // six operands and a name
constexpr std::uint64_t kPowersOfTen[] = {1, 10, 100, 1000, 10000, 100000};

} // namespace

// Whole-number arithmetic: a chart page writes thousands of numbers.
char* writeNumber(char* at, float value, int decimals)
{
    const std::uint64_t unit = kPowersOfTen[decimals];
    // Exact: a float's 24 bits times 10^5 (17 bits) fit a double's 53.
    const double scaled = std::abs(static_cast<double>(value)) * static_cast<double>(unit);
    if (!(scaled < 0x1p52))  // beyond any page (a whole number as a float), or not a number
        return std::to_chars(at, at + kLongestPdfNumber, value, std::chars_format::fixed).ptr;
    // Halves away from zero as std::round, without its library call: below 2^52 adding a half is exact.
    const auto units = static_cast<std::uint64_t>(scaled + 0.5);
    if (value < 0 && units > 0)
        *at++ = '-';
    at = std::to_chars(at, at + kLongestPdfNumber, units / unit).ptr;
    std::uint64_t fraction = units % unit;
    if (fraction == 0)
        return at;
    int digits = decimals;
    for (; fraction % 10 == 0; fraction /= 10)
        --digits;
    *at++ = '.';
    for (int i = digits - 1; i >= 0; --i, fraction /= 10)
        at[i] = static_cast<char>('0' + fraction % 10);
    return at + digits;
}

PageContent::PageContent(HPDF_Page page) : m_stream(static_cast<HPDF_PageAttr>(page->attr)->stream)
{
}

void PageContent::write(std::initializer_list<float> operands, std::string_view name, int decimals)
{
    char line[kLongestOperation];
    char* at = line;
    for (const float operand : operands) {
        at = writeNumber(at, operand, decimals);
        *at++ = ' ';
    }
    at = std::copy(name.begin(), name.end(), at);
    *at++ = '\n';
    HPDF_Stream_Write(m_stream, reinterpret_cast<const HPDF_BYTE*>(line), static_cast<HPDF_UINT>(at - line));
}

// The width and height are the differences of the corners as written, not rounded apart: that could
// move a side by the last decimal.
void PageContent::rectangle(float x0, float y0, float x1, float y1)
{
    const auto written = [](float value) {
        const auto unit = static_cast<double>(kPowersOfTen[kPositionDecimals]);
        return std::round(static_cast<double>(value) * unit) / unit;
    };
    write({x0, y0, static_cast<float>(written(x1) - written(x0)), static_cast<float>(written(y1) - written(y0))}, "re");
}

void PageContent::strokePoint(float x, float y)
{
    char line[kLongestOperation];
    char* at = writeNumber(line, x, kPositionDecimals);
    *at++ = ' ';
    at = writeNumber(at, y, kPositionDecimals);
    const std::size_t point = static_cast<std::size_t>(at - line);
    at = std::copy_n(" m\n", 3, at);
    at = std::copy_n(line, point, at);
    at = std::copy_n(" l\nS\n", 5, at);
    HPDF_Stream_Write(m_stream, reinterpret_cast<const HPDF_BYTE*>(line), static_cast<HPDF_UINT>(at - line));
}

void PageContent::writeColour(const Colour& colour, std::string_view name)
{
    write({colour.red / 255.0f, colour.green / 255.0f, colour.blue / 255.0f}, name, kColourDecimals);
}

void PageContent::fillColour(const Colour& colour)
{
    writeColour(colour, "rg");
}

void PageContent::strokeColour(const Colour& colour)
{
    writeColour(colour, "RG");
}

void PageContent::dash(const std::vector<HPDF_UINT16>& pattern)
{
    std::string line = "[";
    for (const HPDF_UINT16 length : pattern)
        line += std::to_string(length) + ' ';
    line += "] 0 d\n";
    HPDF_Stream_Write(m_stream, reinterpret_cast<const HPDF_BYTE*>(line.data()), static_cast<HPDF_UINT>(line.size()));
}

void PageContent::textAt(float x, float y)
{
    write({1, 0, 0, 1, x, y}, "Tm");
}

namespace {

bool continues(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// The character at `at` if it is one of the Basic Multilingual Plane in well-formed UTF-8 (not NUL):
// its code and length in bytes; a length of 0 otherwise.
std::pair<unsigned, std::size_t> bmpCharacter(std::string_view utf8, std::size_t at)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(utf8[at + i]); };
    const std::size_t left = utf8.size() - at;
    const unsigned lead = byte(0);
    if (lead != 0 && lead < 0x80)
        return {lead, 1};
    if (lead >= 0xC2 && lead <= 0xDF && left >= 2 && continues(byte(1)))
        return {(lead & 0x1F) << 6 | (byte(1) & 0x3F), 2};
    if (lead >= 0xE0 && lead <= 0xEF && left >= 3 && continues(byte(1)) && continues(byte(2))) {
        const unsigned code = (lead & 0x0F) << 12 | (byte(1) & 0x3F) << 6 | (byte(2) & 0x3F);
        if (code >= 0x800 && (code < 0xD800 || code > 0xDFFF))  // neither overlong nor a surrogate
            return {code, 3};
    }
    return {0, 0};
}

// A byte of a literal string as a reader reads it back: the delimiters and the escape character
// escaped, and CR too, which a reader would take for an end of line and read as LF.
char* writeLiteralByte(char* at, unsigned byte)
{
    switch (byte) {
    case '(':
    case ')':
    case '\\':
        *at++ = '\\';
        break;
    case '\r':
        *at++ = '\\';
        *at++ = 'r';
        return at;
    default:
        break;
    }
    *at++ = static_cast<char>(byte);
    return at;
}

} // namespace

bool PageContent::showText(std::string_view utf8)
{
    // Each character's two bytes, each at most two once escaped, between "(" and ") Tj\n".
    m_text.resize(4 * utf8.size() + 6);
    char* at = m_text.data();
    *at++ = '(';
    for (std::size_t next = 0; next < utf8.size();) {
        const auto [code, length] = bmpCharacter(utf8, next);
        if (length == 0)
            return false;
        at = writeLiteralByte(at, code >> 8);
        at = writeLiteralByte(at, code & 0xFF);
        next += length;
    }
    at = std::copy_n(") Tj\n", 5, at);
    HPDF_Stream_Write(m_stream, reinterpret_cast<const HPDF_BYTE*>(m_text.data()),
                      static_cast<HPDF_UINT>(at - m_text.data()));
    return true;
}

} // namespace knotwork::reports
