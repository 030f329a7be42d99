#include "reports/pdf_canvas.h"

#include <algorithm>
#include <utility>

#include "common/i18n.h"
#include "reports/pdf_document.h"

namespace knotwork::reports {

namespace {

// Whether the page's colour is already this one (opacity is set apart, by a graphics state).
bool sameRgb(const std::optional<Colour>& set, const Colour& colour)
{
    return set && set->red == colour.red && set->green == colour.green && set->blue == colour.blue;
}

// Two opposite corners of the path when it is a rectangle with its sides along the page's (as
// Path::rectangle makes bars, square markers and shading): one `re` operator instead of five.
std::optional<std::pair<Point, Point>> uprightRectangle(const Path& path)
{
    const std::vector<Path::Segment>& segments = path.segments();
    if (segments.size() != 5 || segments[0].kind != Path::Kind::Move || segments[4].kind != Path::Kind::Close)
        return std::nullopt;
    for (std::size_t i = 1; i < 4; ++i)
        if (segments[i].kind != Path::Kind::Line)
            return std::nullopt;
    const Point& a = segments[0].points[0];
    const Point& b = segments[1].points[0];
    const Point& c = segments[2].points[0];
    const Point& d = segments[3].points[0];
    const bool acrossFirst = a.y == b.y && b.x == c.x && c.y == d.y && d.x == a.x;
    const bool downFirst = a.x == b.x && b.y == c.y && c.x == d.x && d.y == a.y;
    if (!acrossFirst && !downFirst)
        return std::nullopt;
    return std::pair{a, c};
}

} // namespace

PdfCanvas::PdfCanvas(PdfDocument& document, HPDF_Page page)
    : m_document(document), m_page(page), m_content(page), m_height(HPDF_Page_GetHeight(page))
{
}

void PdfCanvas::trace(const Path& path)
{
    for (const Path::Segment& segment : path.segments()) {
        const Point* p = segment.points;
        switch (segment.kind) {
        case Path::Kind::Move:
            m_content.moveTo(pdfX(p[0].x), pdfY(p[0].y));
            break;
        case Path::Kind::Line:
            m_content.lineTo(pdfX(p[0].x), pdfY(p[0].y));
            break;
        case Path::Kind::Curve:
            m_content.curveTo(pdfX(p[0].x), pdfY(p[0].y), pdfX(p[1].x), pdfY(p[1].y), pdfX(p[2].x),
                              pdfY(p[2].y));
            break;
        case Path::Kind::Close:
            m_content.closePath();
            break;
        }
    }
}

void PdfCanvas::useFill(const Colour& colour)
{
    if (sameRgb(m_state.fill, colour))
        return;
    m_content.fillColour(colour);
    m_state.fill = colour;
}

void PdfCanvas::useStroke(const Colour& colour, float width, HPDF_LineCap cap, const std::vector<double>& dashes)
{
    if (!sameRgb(m_state.stroke, colour)) {
        m_content.strokeColour(colour);
        m_state.stroke = colour;
    }
    if (m_state.lineWidth != width) {
        m_content.lineWidth(width);
        m_state.lineWidth = width;
    }
    if (m_state.cap != cap) {
        m_content.lineCap(cap);
        m_state.cap = cap;
    }
    // A PDF dash pattern holds at most 8 whole-point lengths.
    std::vector<HPDF_UINT16> pattern;
    for (std::size_t i = 0; i < dashes.size() && i < 8; ++i)
        pattern.push_back(static_cast<HPDF_UINT16>(std::max(1.0, dashes[i] + 0.5)));
    if (pattern != m_state.dashes) {
        m_content.dash(pattern);
        m_state.dashes = std::move(pattern);
    }
}

void PdfCanvas::useFont(HPDF_Font font, float size)
{
    if (m_state.font == font && m_state.fontSize == size)
        return;
    HPDF_Page_SetFontAndSize(m_page, font, size);
    m_state.font = font;
    m_state.fontSize = size;
}

void PdfCanvas::endText()
{
    if (!m_inText)
        return;
    HPDF_Page_EndText(m_page);
    m_inText = false;
}

template <typename Draw>
void PdfCanvas::withOpacity(std::uint8_t alpha, Draw&& draw)
{
    if (alpha == 255) {
        draw();
        return;
    }
    endText();
    const GraphicsState outside = m_state;
    HPDF_Page_GSave(m_page);
    HPDF_Page_SetExtGState(m_page, m_document.opacity(alpha));
    draw();
    endText();
    HPDF_Page_GRestore(m_page);
    m_state = outside;
}

void PdfCanvas::fill(const Path& path, const Colour& colour)
{
    if (path.segments().empty())
        return;
    endText();
    if (const std::optional<Path::Circle>& circle = path.circle()) {
        dot(*circle, colour);
        return;
    }
    withOpacity(colour.alpha, [&] {
        useFill(colour);
        if (const std::optional<std::pair<Point, Point>> corners = uprightRectangle(path))
            m_content.rectangle(pdfX(corners->first.x), pdfY(corners->first.y), pdfX(corners->second.x),
                                pdfY(corners->second.y));
        else
            trace(path);
        m_content.fill();
    });
    m_document.throwIfDrawingFailed(N_("draw a shape"));
}

// A line of no length with round ends, as wide as the circle: PDF paints it as the filled circle
// (ISO 32000-1, 8.5.3.2), where the four curves of the path would take ten times the bytes.
void PdfCanvas::dot(const Path::Circle& circle, const Colour& colour)
{
    withOpacity(colour.alpha, [&] {
        useStroke(colour, static_cast<float>(2 * circle.radius), HPDF_ROUND_END, {});
        m_content.strokePoint(pdfX(circle.centre.x), pdfY(circle.centre.y));
    });
    m_document.throwIfDrawingFailed(N_("draw a shape"));
}

void PdfCanvas::stroke(const Path& path, const Stroke& stroke)
{
    if (path.segments().empty())
        return;
    endText();
    withOpacity(stroke.colour.alpha, [&] {
        useStroke(stroke.colour, static_cast<float>(stroke.width),
                  stroke.cap == LineCap::Round ? HPDF_ROUND_END : HPDF_BUTT_END, stroke.dashes);
        if (!m_state.roundJoins) {
            m_content.lineJoin(HPDF_ROUND_JOIN);
            m_state.roundJoins = true;
        }
        trace(path);
        m_content.stroke();
    });
    m_document.throwIfDrawingFailed(N_("draw a line"));
}

void PdfCanvas::text(const std::string& utf8, Point at, const TextStyle& style)
{
    // Measured whatever its alignment: libharu embeds only the glyphs its fonts have measured, and
    // like libharu's own text operator, text of no width is not written.
    const double width = utf8.empty() ? 0 : textWidth(utf8, style);
    if (width == 0)
        return;
    double x = at.x;
    if (style.align != TextAlign::Left)
        x -= style.align == TextAlign::Centre ? width / 2 : width;
    withOpacity(style.colour.alpha, [&] {
        if (!m_inText) {
            HPDF_Page_BeginText(m_page);
            m_inText = true;
        }
        useFill(style.colour);
        useFont(m_document.reportFont(style.bold), static_cast<float>(style.size));
        // Placed absolutely (Tm), not moved from the run before (Td): rounding does not add up.
        m_content.textAt(pdfX(x), pdfY(at.y));
        if (!m_content.showText(utf8))
            HPDF_Page_ShowText(m_page, utf8.c_str());
    });
    m_document.throwIfDrawingFailed(N_("write text"));
}

double PdfCanvas::textWidth(const std::string& utf8, const TextStyle& style)
{
    return m_document.width(utf8, style);
}

void PdfCanvas::image(const PageImage& image, const Rect& where)
{
    endText();
    HPDF_Page_DrawImage(m_page, m_document.embed(image), pdfX(where.x), pdfY(where.y + where.height),
                        static_cast<float>(where.width), static_cast<float>(where.height));
    m_document.throwIfDrawingFailed(N_("draw the logo"));
}

void PdfCanvas::finish()
{
    endText();
    m_document.throwIfDrawingFailed(N_("write text"));
}

} // namespace knotwork::reports
