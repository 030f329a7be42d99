#pragma once

#include <string_view>
#include <vector>
#include <hpdf.h>

#include "common/canvas.h"

namespace knotwork::reports {

// The operators of a page's paths and their line and colour settings, written straight into the
// page's content stream in libharu's place: each of libharu's operator calls clears a 512-byte
// buffer and checks the page's state first, which for a chart's thousands of points cost more
// than the rest of its drawing. Numbers are written as libharu writes them. Text, fonts, images and graphics states
// (opacity, GSave/GRestore) stay libharu's: they name the page's resources.
class PageContent {
public:
    explicit PageContent(HPDF_Page page);

    void moveTo(float x, float y) { write({x, y}, "m"); }
    void lineTo(float x, float y) { write({x, y}, "l"); }
    void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { write({x1, y1, x2, y2, x3, y3}, "c"); }
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

private:
    void write(std::initializer_list<float> operands, std::string_view name);
    void writeColour(const Colour& colour, std::string_view name);

    HPDF_Stream m_stream;
};

} // namespace knotwork::reports
