// The looks a chart's series take in turn (line_chart.h, styledSeries).
#include "common/line_chart.h"

namespace knotwork {

namespace {

// Colours of differing lightness (grey levels about 70, 150, 100, 90, 120, 60), each with its
// own marker and dash.
struct SeriesLook {
    Colour colour;
    MarkerShape marker;
    LineDash dash;
};
constexpr SeriesLook kLooks[] = {
    {{24, 78, 150}, MarkerShape::Circle, LineDash::Solid},
    {{226, 132, 22}, MarkerShape::Square, LineDash::Dashed},
    {{40, 140, 80}, MarkerShape::Triangle, LineDash::Dotted},
    {{150, 60, 150}, MarkerShape::Diamond, LineDash::DashDot},
    {{120, 120, 120}, MarkerShape::TriangleDown, LineDash::LongDash},
    {{120, 30, 30}, MarkerShape::Cross, LineDash::Dashed},
};

} // namespace

ChartSeries styledSeries(std::string name, std::size_t index, std::vector<ChartPoint> points)
{
    const SeriesLook& look = kLooks[index % std::size(kLooks)];
    return {std::move(name), look.colour, std::move(points), look.marker, look.dash};
}


} // namespace knotwork
