#include "reports/pdf_canvas.h"

#include <algorithm>

#include "common/i18n.h"
#include "reports/pdf_document.h"

namespace knotwork::reports {

namespace {

float channel(std::uint8_t value)
{
    return value / 255.0f;
}

} // namespace

PdfCanvas::PdfCanvas(PdfDocument& document, HPDF_Page page)
    : m_document(document), m_page(page), m_height(HPDF_Page_GetHeight(page))
{
}

void PdfCanvas::trace(const Path& path)
{
    for (const Path::Segment& segment : path.segments()) {
        const Point* p = segment.points;
        switch (segment.kind) {
        case Path::Kind::Move:
            HPDF_Page_MoveTo(m_page, pdfX(p[0].x), pdfY(p[0].y));
            break;
        case Path::Kind::Line:
            HPDF_Page_LineTo(m_page, pdfX(p[0].x), pdfY(p[0].y));
            break;
        case Path::Kind::Curve:
            HPDF_Page_CurveTo(m_page, pdfX(p[0].x), pdfY(p[0].y), pdfX(p[1].x), pdfY(p[1].y),
                              pdfX(p[2].x), pdfY(p[2].y));
            break;
        case Path::Kind::Close:
            HPDF_Page_ClosePath(m_page);
            break;
        }
    }
}

void PdfCanvas::setOpacity(std::uint8_t alpha)
{
    if (alpha < 255)
        HPDF_Page_SetExtGState(m_page, m_document.opacity(alpha));
}

void PdfCanvas::fill(const Path& path, const Colour& colour)
{
    if (path.segments().empty())
        return;
    if (const std::optional<Path::Circle>& circle = path.circle()) {
        dot(*circle, colour);
        return;
    }
    HPDF_Page_GSave(m_page);
    setOpacity(colour.alpha);
    HPDF_Page_SetRGBFill(m_page, channel(colour.red), channel(colour.green), channel(colour.blue));
    trace(path);
    HPDF_Page_Fill(m_page);
    HPDF_Page_GRestore(m_page);
    m_document.throwIfFailed(_("draw a shape"));
}

// A line of no length with round ends, as wide as the circle: PDF paints it as the filled circle
// (ISO 32000-1, 8.5.3.2), where the four curves of the path would take ten times the bytes.
void PdfCanvas::dot(const Path::Circle& circle, const Colour& colour)
{
    HPDF_Page_GSave(m_page);
    setOpacity(colour.alpha);
    HPDF_Page_SetRGBStroke(m_page, channel(colour.red), channel(colour.green), channel(colour.blue));
    HPDF_Page_SetLineWidth(m_page, static_cast<float>(2 * circle.radius));
    HPDF_Page_SetLineCap(m_page, HPDF_ROUND_END);
    HPDF_Page_MoveTo(m_page, pdfX(circle.centre.x), pdfY(circle.centre.y));
    HPDF_Page_LineTo(m_page, pdfX(circle.centre.x), pdfY(circle.centre.y));
    HPDF_Page_Stroke(m_page);
    HPDF_Page_GRestore(m_page);
    m_document.throwIfFailed(_("draw a shape"));
}

void PdfCanvas::stroke(const Path& path, const Stroke& stroke)
{
    if (path.segments().empty())
        return;
    HPDF_Page_GSave(m_page);
    setOpacity(stroke.colour.alpha);
    HPDF_Page_SetRGBStroke(m_page, channel(stroke.colour.red), channel(stroke.colour.green),
                           channel(stroke.colour.blue));
    HPDF_Page_SetLineWidth(m_page, static_cast<float>(stroke.width));
    HPDF_Page_SetLineJoin(m_page, HPDF_ROUND_JOIN);
    HPDF_Page_SetLineCap(m_page, stroke.cap == LineCap::Round ? HPDF_ROUND_END : HPDF_BUTT_END);
    if (!stroke.dashes.empty()) {
        // A PDF dash pattern holds at most 8 whole-point lengths.
        HPDF_UINT16 pattern[8];
        const std::size_t count = std::min<std::size_t>(stroke.dashes.size(), 8);
        for (std::size_t i = 0; i < count; ++i)
            pattern[i] = static_cast<HPDF_UINT16>(std::max(1.0, stroke.dashes[i] + 0.5));
        HPDF_Page_SetDash(m_page, pattern, static_cast<HPDF_UINT>(count), 0);
    }
    trace(path);
    HPDF_Page_Stroke(m_page);
    HPDF_Page_GRestore(m_page);
    m_document.throwIfFailed(_("draw a line"));
}

void PdfCanvas::text(const std::string& utf8, Point at, const TextStyle& style)
{
    if (utf8.empty())
        return;
    double x = at.x;
    if (style.align != TextAlign::Left) {
        const double width = textWidth(utf8, style);
        x -= style.align == TextAlign::Centre ? width / 2 : width;
    }
    HPDF_Page_GSave(m_page);
    setOpacity(style.colour.alpha);
    HPDF_Page_SetRGBFill(m_page, channel(style.colour.red), channel(style.colour.green),
                         channel(style.colour.blue));
    HPDF_Page_SetFontAndSize(m_page, m_document.reportFont(style.bold), static_cast<float>(style.size));
    HPDF_Page_BeginText(m_page);
    HPDF_Page_TextOut(m_page, pdfX(x), pdfY(at.y), utf8.c_str());
    HPDF_Page_EndText(m_page);
    HPDF_Page_GRestore(m_page);
    m_document.throwIfFailed(_("write text"));
}

double PdfCanvas::textWidth(const std::string& utf8, const TextStyle& style)
{
    return m_document.width(utf8, style);
}

void PdfCanvas::image(const PageImage& image, const Rect& where)
{
    HPDF_Page_DrawImage(m_page, m_document.embed(image), pdfX(where.x), pdfY(where.y + where.height),
                        static_cast<float>(where.width), static_cast<float>(where.height));
    m_document.throwIfFailed(_("draw the logo"));
}

} // namespace knotwork::reports
