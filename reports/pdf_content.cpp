#include "reports/pdf_content.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <hpdf_pages.h>

namespace knotwork::reports {

namespace {

constexpr std::size_t kLongestNumber = 48;  // a float in fixed notation: 39 digits, sign, point, 5 decimals
constexpr std::size_t kLongestOperation = 6 * (kLongestNumber + 1) + 8;  // six operands and a name

// As libharu writes a number: rounded to five decimals, without trailing zeros, so a page reads
// back as libharu's own calls would have drawn it. Whole-number arithmetic: a chart page writes
// thousands of them.
char* number(char* at, float value)
{
    const double scaled = std::round(std::abs(static_cast<double>(value)) * 1e5);
    if (!(scaled < 1e18))  // beyond any page, or not a number: as the general formatter writes it
        return std::to_chars(at, at + kLongestNumber, static_cast<double>(value), std::chars_format::fixed, 5).ptr;
    const auto units = static_cast<std::uint64_t>(scaled);
    if (value < 0 && units > 0)
        *at++ = '-';
    at = std::to_chars(at, at + kLongestNumber, units / 100000).ptr;
    std::uint64_t fraction = units % 100000;
    if (fraction == 0)
        return at;
    int digits = 5;
    for (; fraction % 10 == 0; fraction /= 10)
        --digits;
    *at++ = '.';
    for (int i = digits - 1; i >= 0; --i, fraction /= 10)
        at[i] = static_cast<char>('0' + fraction % 10);
    return at + digits;
}

} // namespace

PageContent::PageContent(HPDF_Page page) : m_stream(static_cast<HPDF_PageAttr>(page->attr)->stream)
{
}

void PageContent::write(std::initializer_list<float> operands, std::string_view name)
{
    char line[kLongestOperation];
    char* at = line;
    for (const float operand : operands) {
        at = number(at, operand);
        *at++ = ' ';
    }
    at = std::copy(name.begin(), name.end(), at);
    *at++ = '\n';
    HPDF_Stream_Write(m_stream, reinterpret_cast<const HPDF_BYTE*>(line), static_cast<HPDF_UINT>(at - line));
}

void PageContent::writeColour(const Colour& colour, std::string_view name)
{
    write({colour.red / 255.0f, colour.green / 255.0f, colour.blue / 255.0f}, name);
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

} // namespace knotwork::reports
