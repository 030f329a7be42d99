#include "common/label_places.h"

#include <algorithm>

namespace knotwork {

bool crosses(const Rect& rect, Point a, Point b)
{
    // Liang–Barsky: clip the segment's parameter range to each of the rectangle's four sides.
    double enter = 0, leave = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const std::pair<double, double> sides[] = {{-dx, a.x - rect.x}, {dx, rect.x + rect.width - a.x},
                                               {-dy, a.y - rect.y}, {dy, rect.y + rect.height - a.y}};
    for (const auto& [p, q] : sides) {
        if (p == 0) {
            if (q < 0)
                return false;
            continue;
        }
        const double t = q / p;
        if (p < 0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        if (enter > leave)
            return false;
    }
    return true;
}

double PlaceFinder::cost(const Rect& place, std::optional<std::size_t> ownGoal) const
{
    // The line's half width and a hair of air around the text.
    const double pad = m_lineWidth / 2 + 1;
    const Rect padded{place.x - pad, place.y - pad, place.width + 2 * pad, place.height + 2 * pad};
    double covered = 0;
    for (const Rect& label : m_labels)
        if (padded.x < label.x + label.width && label.x < padded.x + padded.width
            && padded.y < label.y + label.height && label.y < padded.y + padded.height)
            covered += 1000;
    for (const auto& [a, b] : m_segments)
        if (crosses(padded, a, b))
            covered += 1;
    for (std::size_t i = 0; i < m_goalLines.size(); ++i)
        if (i != ownGoal && crosses(padded, m_goalLines[i].first, m_goalLines[i].second))
            covered += 1;
    const double r = m_pointRadius + 1;
    for (const Point& point : m_points)
        if (crosses({padded.x - r, padded.y - r, padded.width + 2 * r, padded.height + 2 * r}, point, point))
            covered += 1;
    return covered;
}

} // namespace knotwork
