#pragma once

// Where a chart's labels can go: clear of its lines and points, its goal lines and the labels
// already placed (line_chart.cpp places goal labels and phase names with it).
#include <cstddef>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include "common/canvas.h"

namespace knotwork {

// Whether the segment from `a` to `b` passes through `rect` (its edges included).
bool crosses(const Rect& rect, Point a, Point b);

class PlaceFinder {
public:
    // Sizes in the device's units: the lines' width and the points' radius.
    PlaceFinder(double lineWidth, double pointRadius) : m_lineWidth(lineWidth), m_pointRadius(pointRadius) {}

    void avoidLine(const std::vector<Point>& points)
    {
        for (std::size_t i = 1; i < points.size(); ++i)
            m_segments.emplace_back(points[i - 1], points[i]);
        for (const Point& point : points)
            m_points.push_back(point);
    }
    // A goal's line: its own label sits beside it, other labels keep off it.
    void avoidGoalLine(Point from, Point to) { m_goalLines.emplace_back(from, to); }
    void taken(const Rect& rect) { m_labels.push_back(rect); }

    bool free(const Rect& place) const { return cost(place) == 0; }

    // The first free place, else the one that covers least: another label counts far more than
    // a line or a point. Returns places.size() when there are none.
    template <typename Place>
    std::size_t best(const std::vector<std::pair<Rect, Place>>& places,
                     std::optional<std::size_t> ownGoal = std::nullopt) const
    {
        std::size_t best = places.size();
        double least = std::numeric_limits<double>::max();
        for (std::size_t i = 0; i < places.size() && least > 0; ++i)
            if (const double covered = cost(places[i].first, ownGoal); covered < least) {
                least = covered;
                best = i;
            }
        return best;
    }

private:
    double cost(const Rect& place, std::optional<std::size_t> ownGoal = std::nullopt) const;

    double m_lineWidth;
    double m_pointRadius;
    std::vector<std::pair<Point, Point>> m_segments;
    std::vector<std::pair<Point, Point>> m_goalLines;
    std::vector<Point> m_points;
    std::vector<Rect> m_labels;
};

} // namespace knotwork
