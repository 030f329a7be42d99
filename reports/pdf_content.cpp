#include "reports/pdf_content.h"

#include <charconv>
#include <hpdf_pages.h>

namespace knotwork::reports {

namespace {

constexpr std::size_t kLongestNumber = 48;  // a float in fixed notation: 39 digits, sign, point, 5 decimals
constexpr std::size_t kLongestOperation = 6 * (kLongestNumber + 1) + 8;  // six operands and a name

// As libharu writes a number: rounded to five decimals, without trailing zeros, so a page reads
// back exactly as libharu's own calls would have drawn it.
char* number(char* at, float value)
{
    char* end = std::to_chars(at, at + kLongestNumber, static_cast<double>(value), std::chars_format::fixed, 5).ptr;
    while (end[-1] == '0')
        --end;
    return end[-1] == '.' ? end - 1 : end;
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

void PageContent::colour(const Colour& colour, std::string_view name)
{
    char line[kLongestOperation];
    char* at = line;
    for (const std::uint8_t level : {colour.red, colour.green, colour.blue}) {
        at = number(at, level / 255.0f);
        *at++ = ' ';
    }
    at = std::copy(name.begin(), name.end(), at);
    *at++ = '\n';
    HPDF_Stream_Write(m_stream, reinterpret_cast<const HPDF_BYTE*>(line), static_cast<HPDF_UINT>(at - line));
}

void PageContent::fillColour(const Colour& colour)
{
    this->colour(colour, "rg");
}

void PageContent::strokeColour(const Colour& colour)
{
    this->colour(colour, "RG");
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
