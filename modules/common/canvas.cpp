#include "common/canvas.h"

#include <cmath>

namespace knotwork {

namespace {

// How far the control points of a cubic curve sit to draw a quarter of a circle.
constexpr double kQuarterArc = 0.5522847498;
// Room for a rectangle, a marker or a circle (move, four sides or curves, close) in one
// allocation: a chart page draws hundreds of them.
constexpr std::size_t kSmallShape = 6;

} // namespace

Path& Path::moveTo(Point p)
{
    if (m_segments.empty())
        m_segments.reserve(kSmallShape);
    m_segments.push_back({Kind::Move, {p, {}, {}}});
    m_circle.reset();
    return *this;
}

Path& Path::lineTo(Point p)
{
    m_segments.push_back({Kind::Line, {p, {}, {}}});
    m_circle.reset();
    return *this;
}

Path& Path::curveTo(Point control1, Point control2, Point end)
{
    m_segments.push_back({Kind::Curve, {control1, control2, end}});
    m_circle.reset();
    return *this;
}

Path& Path::close()
{
    m_segments.push_back({Kind::Close, {}});
    m_circle.reset();
    return *this;
}

Path Path::ellipse(Point c, double rx, double ry)
{
    const double kx = rx * kQuarterArc, ky = ry * kQuarterArc;
    Path path;
    path.moveTo({c.x + rx, c.y})
        .curveTo({c.x + rx, c.y + ky}, {c.x + kx, c.y + ry}, {c.x, c.y + ry})
        .curveTo({c.x - kx, c.y + ry}, {c.x - rx, c.y + ky}, {c.x - rx, c.y})
        .curveTo({c.x - rx, c.y - ky}, {c.x - kx, c.y - ry}, {c.x, c.y - ry})
        .curveTo({c.x + kx, c.y - ry}, {c.x + rx, c.y - ky}, {c.x + rx, c.y})
        .close();
    if (rx == ry)
        path.m_circle = Circle{c, rx};
    return path;
}

Path Path::capsule(Point a, Point b, double r)
{
    const double length = std::hypot(b.x - a.x, b.y - a.y);
    if (length == 0)
        return ellipse(a, r, r);
    // Unit vectors along the band (u) and across it (n).
    const double ux = (b.x - a.x) / length, uy = (b.y - a.y) / length;
    const double nx = -uy, ny = ux;
    const double k = r * kQuarterArc;
    auto at = [&](Point base, double along, double across) {
        return Point{base.x + ux * along + nx * across, base.y + uy * along + ny * across};
    };
    Path path;
    path.moveTo(at(a, 0, r))
        .lineTo(at(b, 0, r))
        .curveTo(at(b, k, r), at(b, r, k), at(b, r, 0))
        .curveTo(at(b, r, -k), at(b, k, -r), at(b, 0, -r))
        .lineTo(at(a, 0, -r))
        .curveTo(at(a, -k, -r), at(a, -r, -k), at(a, -r, 0))
        .curveTo(at(a, -r, k), at(a, -k, r), at(a, 0, r))
        .close();
    return path;
}

Path Path::rectangle(const Rect& r)
{
    Path path;
    path.moveTo({r.x, r.y}).lineTo({r.x + r.width, r.y}).lineTo({r.x + r.width, r.y + r.height})
        .lineTo({r.x, r.y + r.height}).close();
    return path;
}

Path Path::marker(MarkerShape shape, Point c, double r)
{
    Path path;
    switch (shape) {
    case MarkerShape::Circle:
        return ellipse(c, r, r);
    case MarkerShape::Square: {
        const double half = r * 0.88;  // the same ink as the circle
        return rectangle({c.x - half, c.y - half, 2 * half, 2 * half});
    }
    case MarkerShape::Triangle:
    case MarkerShape::TriangleDown: {
        const double s = shape == MarkerShape::Triangle ? 1 : -1;
        const double R = r * 1.25;
        return path.moveTo({c.x, c.y - s * R}).lineTo({c.x + R * 0.866, c.y + s * R * 0.5})
            .lineTo({c.x - R * 0.866, c.y + s * R * 0.5}).close();
    }
    case MarkerShape::Diamond: {
        const double R = r * 1.25;
        return path.moveTo({c.x, c.y - R}).lineTo({c.x + R, c.y}).lineTo({c.x, c.y + R}).lineTo({c.x - R, c.y}).close();
    }
    case MarkerShape::Cross: {
        // A plus sign of two bars a third of its width thick, as one outline.
        const double R = r * 1.15, t = R / 3;
        return path.moveTo({c.x - t, c.y - R}).lineTo({c.x + t, c.y - R}).lineTo({c.x + t, c.y - t})
            .lineTo({c.x + R, c.y - t}).lineTo({c.x + R, c.y + t}).lineTo({c.x + t, c.y + t})
            .lineTo({c.x + t, c.y + R}).lineTo({c.x - t, c.y + R}).lineTo({c.x - t, c.y + t})
            .lineTo({c.x - R, c.y + t}).lineTo({c.x - R, c.y - t}).lineTo({c.x - t, c.y - t}).close();
    }
    }
    return ellipse(c, r, r);
}

} // namespace knotwork
