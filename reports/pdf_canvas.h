#pragma once

#include <hpdf.h>

#include "reports/page_canvas.h"

namespace knotwork::reports {

class PdfDocument;

// Draws on one PDF page with the canvas's coordinates (points from the top left; PDF counts
// from the bottom left). Text is set in the document's report fonts.
class PdfCanvas : public PageCanvas {
public:
    PdfCanvas(PdfDocument& document, HPDF_Page page);

    void fill(const Path& path, const Colour& colour) override;
    void stroke(const Path& path, const Stroke& stroke) override;
    void text(const std::string& utf8, Point at, const TextStyle& style) override;
    double textWidth(const std::string& utf8, const TextStyle& style) override;
    void image(const PageImage& image, const Rect& where) override;

private:
    float pdfX(double x) const { return static_cast<float>(x); }
    float pdfY(double y) const { return static_cast<float>(m_height - y); }
    void trace(const Path& path);
    void dot(const Path::Circle& circle, const Colour& colour);
    // Sets the opacity for what follows, inside a GSave/GRestore pair the caller opens.
    void setOpacity(std::uint8_t alpha);

    PdfDocument& m_document;
    HPDF_Page m_page;
    double m_height;
};

} // namespace knotwork::reports
