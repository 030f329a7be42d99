#pragma once

#include <string>
#include <string_view>
#include <vector>
#include <hpdf.h>

#include "common/canvas.h"

namespace knotwork::reports {

// The longest text writeNumber gives: a float's 39 digits, sign, point and 5 decimals.
inline constexpr std::size_t kLongestPdfNumber = 48;

// Writes `value` rounded to `decimals` places (0 to 5) in its shortest text: no trailing zeros,
// no point for a whole number, no "-0" for what rounds to nothing. Returns the end.
char* writeNumber(char* at, float value, int decimals);

// The operators of a page's paths, text placement and line and colour settings, written straight
// into the page's content stream in libharu's place: each of libharu's operator calls clears a
// 512-byte buffer and checks the page's state first, which for a chart's thousands of points cost
// more than the rest of its drawing, and its text operator measures the text again, glyph by glyph
// in the font's character map. Every byte written is compressed too, so colours are written
// to a thousandth (still the same 8-bit colour when read back) and rectangles as one operator.
// Positions keep libharu's five decimals: rounded to hundredths (0.004 mm), some lines and squares
// a renderer snaps to whole pixels land one pixel over. Fonts, images and graphics states
// (opacity, GSave/GRestore) stay libharu's: they name the page's resources.
class PageContent {
public:
    explicit PageContent(HPDF_Page page);

    void moveTo(float x, float y) { write({x, y}, "m"); }
    void lineTo(float x, float y) { write({x, y}, "l"); }
    void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { write({x1, y1, x2, y2, x3, y3}, "c"); }
    // A closed rectangle between two opposite corners, drawn as moveTo and lineTo would draw it.
    void rectangle(float x0, float y0, float x1, float y1);
    // Strokes a line of no length at the point: with round ends, a dot as wide as the line. Its
    // numbers are written once for both ends (a chart has hundreds of markers).
    void strokePoint(float x, float y);
    void closePath() { write({}, "h"); }
    void fill() { write({}, "f"); }
    void stroke() { write({}, "S"); }
    void fillColour(const Colour& colour);
    void strokeColour(const Colour& colour);
    void lineWidth(float width) { write({width}, "w"); }
    void lineCap(HPDF_LineCap cap) { write({static_cast<float>(cap)}, "J"); }
    void lineJoin(HPDF_LineJoin join) { write({static_cast<float>(join)}, "j"); }
    // A dash pattern of whole points; empty: a solid line.
    void dash(const std::vector<HPDF_UINT16>& pattern);
    // Where the next text run starts, inside a text object: its baseline's start.
    void textAt(float x, float y);
    // Shows UTF-8 text in the page's font in the codes libharu's UTF-8 encoding writes: each
    // character's code as two bytes, in a literal string (libharu writes four hex digits, twice
    // the bytes to write and compress). False, with nothing written, for what that encoding writes
    // its own way: characters beyond U+FFFF, bytes that are not UTF-8, NUL.
    bool showText(std::string_view utf8);

private:
    static constexpr int kPositionDecimals = 5;  // as libharu writes them
    static constexpr int kColourDecimals = 3;

    void write(std::initializer_list<float> operands, std::string_view name, int decimals = kPositionDecimals);
    void writeColour(const Colour& colour, std::string_view name);

    HPDF_Stream m_stream;
    std::string m_text;  // a text run's operation, kept for the next run's
};

} // namespace knotwork::reports
