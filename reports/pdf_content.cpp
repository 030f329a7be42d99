#include "reports/pdf_content.h"

#include <charconv>
#include <cmath>
#include <cstdint>
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
    const double scaled = std::round(std::abs(static_cast<double>(value)) * static_cast<double>(unit));
    if (!(scaled < 1e18))  // beyond any page (a whole number as a float), or not a number
        return std::to_chars(at, at + kLongestPdfNumber, value, std::chars_format::fixed).ptr;
    const auto units = static_cast<std::uint64_t>(scaled);
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

} // namespace knotwork::reports
