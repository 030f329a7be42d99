#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace knotwork {

// Drawing with no toolkit: charts and the body chart lay themselves out once and draw through
// this interface, which the GUI implements over wxGraphicsContext and reports over libharu, so
// screen and paper agree. Units are the device's (pixels on screen, points on paper).

struct Colour {
    std::uint8_t red = 0, green = 0, blue = 0, alpha = 255;

    Colour withAlpha(std::uint8_t newAlpha) const { return {red, green, blue, newAlpha}; }
    friend bool operator==(const Colour&, const Colour&) = default;
};

struct Point {
    double x = 0, y = 0;
};

struct Rect {
    double x = 0, y = 0, width = 0, height = 0;
    bool contains(Point p) const { return p.x >= x && p.x <= x + width && p.y >= y && p.y <= y + height; }
};

// The shapes a chart marks its points with: series differ by shape on a fax or in grey print.
enum class MarkerShape { Circle, Square, Triangle, Diamond, TriangleDown, Cross };

// An outline made of straight lines and cubic Bézier curves.
class Path {
public:
    enum class Kind { Move, Line, Curve, Close };
    struct Segment {
        Kind kind;
        Point points[3];  // Move/Line: [0]; Curve: control 1, control 2, end
    };

    // A whole circle as ellipse() makes it: a PDF paints it filled as one round dot, in a tenth of
    // the bytes of its four curves (a chart has hundreds of markers).
    struct Circle {
        Point centre;
        double radius = 0;
    };

    Path& moveTo(Point p);
    Path& lineTo(Point p);
    Path& curveTo(Point control1, Point control2, Point end);
    Path& close();
    const std::vector<Segment>& segments() const { return m_segments; }
    // The circle this path is, while nothing has been added to it since ellipse() made it.
    const std::optional<Circle>& circle() const { return m_circle; }

    static Path ellipse(Point centre, double radiusX, double radiusY);
    // A stadium: the band of width 2×radius around the segment from `a` to `b`, rounded ends.
    static Path capsule(Point a, Point b, double radius);
    static Path rectangle(const Rect& rect);
    // A chart's point marker of about 2×radius across, so series differ in shape, not only colour.
    static Path marker(MarkerShape shape, Point centre, double radius);

private:
    std::vector<Segment> m_segments;
    std::optional<Circle> m_circle;
};

// How a line's ends (and each dash's) are finished: butt keeps a dash pattern's lengths
// exact, round turns very short dashes into dots.
enum class LineCap { Butt, Round };

struct Stroke {
    Stroke(Colour strokeColour, double strokeWidth = 1, std::vector<double> dashLengths = {},
           LineCap lineCap = LineCap::Butt)
        : colour(strokeColour), width(strokeWidth), dashes(std::move(dashLengths)), cap(lineCap)
    {
    }
    Colour colour;
    double width = 1;
    std::vector<double> dashes;  // on, off, … lengths; empty for a solid line
    LineCap cap = LineCap::Butt;
};

enum class TextAlign { Left, Centre, Right };

struct TextStyle {
    double size = 12;  // the font's height
    bool bold = false;
    Colour colour;
    TextAlign align = TextAlign::Left;
};

class Canvas {
public:
    virtual ~Canvas() = default;

    virtual void fill(const Path& path, const Colour& colour) = 0;
    virtual void stroke(const Path& path, const Stroke& stroke) = 0;
    // Draws UTF-8 text with `at` on its baseline's start, centre or end (per the alignment).
    virtual void text(const std::string& utf8, Point at, const TextStyle& style) = 0;
    virtual double textWidth(const std::string& utf8, const TextStyle& style) = 0;
};

} // namespace knotwork
