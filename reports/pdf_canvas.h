#pragma once

#include <optional>
#include <vector>
#include <hpdf.h>

#include "reports/page_canvas.h"
#include "reports/pdf_content.h"

namespace knotwork::reports {

class PdfDocument;

// Draws on one PDF page with the canvas's coordinates (points from the top left; PDF counts
// from the bottom left). Text is set in the document's report fonts.
//
// A page holds hundreds of text runs and lines in a few colours, fonts and line styles: the canvas
// remembers the graphics state the page is in and writes only what changes, and keeps one text
// object open across consecutive runs, rather than saving and restoring the state around each
// (the 80-visit progress report's content is a sixth smaller, for libharu to write and compress).
class PdfCanvas : public PageCanvas {
public:
    PdfCanvas(PdfDocument& document, HPDF_Page page);

    void fill(const Path& path, const Colour& colour) override;
    void stroke(const Path& path, const Stroke& stroke) override;
    void text(const std::string& utf8, Point at, const TextStyle& style) override;
    double textWidth(const std::string& utf8, const TextStyle& style) override;
    void image(const PageImage& image, const Rect& where) override;
    // Closes what the last drawing left open; the page is complete after it.
    void finish();

private:
    // What the page's content has set so far; unset: the PDF's default, not written yet.
    struct GraphicsState {
        std::optional<Colour> fill;
        std::optional<Colour> stroke;
        std::optional<float> lineWidth;
        std::optional<HPDF_LineCap> cap;
        bool roundJoins = false;
        std::vector<HPDF_UINT16> dashes;
        HPDF_Font font = nullptr;
        float fontSize = 0;
    };

    float pdfX(double x) const { return static_cast<float>(x); }
    float pdfY(double y) const { return static_cast<float>(m_height - y); }
    void trace(const Path& path);
    void dot(const Path::Circle& circle, const Colour& colour);
    void useFill(const Colour& colour);
    void useStroke(const Colour& colour, float width, HPDF_LineCap cap, const std::vector<double>& dashes);
    void useFont(HPDF_Font font, float size);
    void endText();
    // Draws `draw` in the colour's opacity: a translucent colour in a GSave/GRestore pair of its
    // own (what it sets inside is forgotten after), an opaque one straight on the page.
    template <typename Draw>
    void withOpacity(std::uint8_t alpha, Draw&& draw);

    PdfDocument& m_document;
    HPDF_Page m_page;
    PageContent m_content;
    double m_height;
    GraphicsState m_state;
    bool m_inText = false;
};

} // namespace knotwork::reports
