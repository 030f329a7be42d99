#include "common/ui/wx_canvas.h"

#include <vector>
#include <wx/brush.h>
#include <wx/graphics.h>
#include <wx/pen.h>
#include <wx/window.h>

#include "common/ui/wx_text.h"

namespace knotwork::ui {

namespace {

wxColour toWxColour(const Colour& colour)
{
    return wxColour(colour.red, colour.green, colour.blue, colour.alpha);
}

} // namespace

WxCanvas::WxCanvas(wxGraphicsContext& context, const wxWindow& window) : m_context(context), m_window(window)
{
    m_context.SetAntialiasMode(wxANTIALIAS_DEFAULT);
}

wxGraphicsPath WxCanvas::toPath(const Path& path)
{
    wxGraphicsPath result = m_context.CreatePath();
    for (const Path::Segment& segment : path.segments()) {
        const Point* p = segment.points;
        switch (segment.kind) {
        case Path::Kind::Move: result.MoveToPoint(p[0].x, p[0].y); break;
        case Path::Kind::Line: result.AddLineToPoint(p[0].x, p[0].y); break;
        case Path::Kind::Curve: result.AddCurveToPoint(p[0].x, p[0].y, p[1].x, p[1].y, p[2].x, p[2].y); break;
        case Path::Kind::Close: result.CloseSubpath(); break;
        }
    }
    return result;
}

void WxCanvas::fill(const Path& path, const Colour& colour)
{
    m_context.SetBrush(wxBrush(toWxColour(colour)));
    m_context.FillPath(toPath(path));
}

void WxCanvas::stroke(const Path& path, const Stroke& stroke)
{
    wxGraphicsPenInfo pen(toWxColour(stroke.colour), stroke.width);
    pen.Cap(stroke.cap == LineCap::Round ? wxCAP_ROUND : wxCAP_BUTT).Join(wxJOIN_ROUND);
    std::vector<wxDash> dashes;
    if (!stroke.dashes.empty()) {
        // wx counts dashes in multiples of the pen's width.
        for (double length : stroke.dashes)
            dashes.push_back(static_cast<wxDash>(std::max(1.0, length / std::max(stroke.width, 0.5))));
        pen.Style(wxPENSTYLE_USER_DASH).Dashes(static_cast<int>(dashes.size()), dashes.data());
    }
    m_context.SetPen(m_context.CreatePen(pen));
    m_context.StrokePath(toPath(path));
}

void WxCanvas::useFont(const TextStyle& style)
{
    wxFont font = m_window.GetFont();
    font.SetFractionalPointSize(style.size * 72.0 / 96.0 / m_window.GetContentScaleFactor());
    font.SetWeight(style.bold ? wxFONTWEIGHT_BOLD : wxFONTWEIGHT_NORMAL);
    m_context.SetFont(font, toWxColour(style.colour));
}

void WxCanvas::text(const std::string& utf8, Point at, const TextStyle& style)
{
    useFont(style);
    const wxString text = toWx(utf8);
    double width = 0, height = 0, descent = 0, leading = 0;
    m_context.GetTextExtent(text, &width, &height, &descent, &leading);
    double x = at.x;
    if (style.align == TextAlign::Centre)
        x -= width / 2;
    else if (style.align == TextAlign::Right)
        x -= width;
    m_context.DrawText(text, x, at.y - (height - descent));
}

double WxCanvas::textWidth(const std::string& utf8, const TextStyle& style)
{
    useFont(style);
    double width = 0, height = 0;
    m_context.GetTextExtent(toWx(utf8), &width, &height);
    return width;
}

} // namespace knotwork::ui
