#include "common/line_chart.h"
#include "common/number_text.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <fmt/format.h>

namespace knotwork {

namespace {

constexpr int kMostValueTicks = 6;
constexpr int kMostDateTicks = 6;

// The dates the points span.
std::pair<Date, Date> pointSpan(const LineChart& chart)
{
    Date from(boost::gregorian::pos_infin), to(boost::gregorian::neg_infin);
    for (const ChartSeries& series : chart.series)
        for (const ChartPoint& point : series.points) {
            from = std::min(from, point.date);
            to = std::max(to, point.date);
        }
    return {from, to};
}

// The dates the axis spans: the shared axis or every point, padded so a single visit still has
// room and a point on the first or last day is not cut by the axis.
std::pair<Date, Date> dateRange(const LineChart& chart)
{
    auto [from, to] = pointSpan(chart);
    if (chart.axisFrom)
        from = *chart.axisFrom;
    if (chart.axisTo)
        to = *chart.axisTo;
    const auto span = (to - from).days();
    const boost::gregorian::date_duration pad(std::max<long>(7, span / 20));
    return {from - pad, to + pad};
}

// First days of months across the range, every 1, 2, 3, 6 or 12 months, at most `most`.
std::vector<Date> monthTicks(const Date& from, const Date& to, int most)
{
    const int months = (to.year() - from.year()) * 12 + (to.month() - from.month()) + 1;
    int step = 1;
    for (int candidate : {1, 2, 3, 6, 12, 24, 60})
        if ((step = candidate) * most >= months)
            break;
    std::vector<Date> ticks;
    Date month(from.year(), from.month(), 1);
    if (month < from)
        month += boost::gregorian::months(1);
    // Keep ticks on months divisible by the step, so a year's ticks read Jan, Apr, Jul, Oct.
    while (month <= to && (month.month() - 1) % step != 0)
        month += boost::gregorian::months(1);
    for (; month <= to; month += boost::gregorian::months(step))
        ticks.push_back(month);
    return ticks;
}

// Finds places for labels clear of the series' lines and points, the goals' lines and labels
// already placed.
class PlaceFinder {
public:
    explicit PlaceFinder(const ChartStyle& style) : m_style(style) {}

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
    double cost(const Rect& place, std::optional<std::size_t> ownGoal = std::nullopt) const
    {
        // The line's half width and a hair of air around the text.
        const double pad = m_style.lineWidth / 2 + 1;
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
        const double r = m_style.pointRadius + 1;
        for (const Point& point : m_points)
            if (crosses({padded.x - r, padded.y - r, padded.width + 2 * r, padded.height + 2 * r}, point, point))
                covered += 1;
        return covered;
    }

    const ChartStyle& m_style;
    std::vector<std::pair<Point, Point>> m_segments;
    std::vector<std::pair<Point, Point>> m_goalLines;
    std::vector<Point> m_points;
    std::vector<Rect> m_labels;
};

class ChartPainter {
public:
    ChartPainter(Canvas& canvas, const LineChart& chart, const ChartStyle& style)
        : m_canvas(canvas), m_chart(chart), m_style(style)
    {
    }

    TextStyle label(TextAlign align = TextAlign::Left, bool muted = true) const
    {
        return {m_style.labelSize, false, muted ? m_style.mutedText : m_style.text, align};
    }

    double valueY(const ChartLayout& layout, double value) const
    {
        return layout.yOf(value, m_chart.lowest, m_chart.highest);
    }

    void grid(const ChartLayout& layout)
    {
        const Rect& plot = layout.plot;
        for (double value : layout.valueTicks) {
            const double y = valueY(layout, value);
            m_canvas.stroke(Path().moveTo({plot.x, y}).lineTo({plot.x + plot.width, y}),
                            Stroke(m_style.grid, 1));
            m_canvas.text(roundedNumberText(value), {plot.x - m_style.labelSize * 0.5, y + m_style.labelSize * 0.35},
                          label(TextAlign::Right));
        }
        m_canvas.stroke(Path().moveTo({plot.x, plot.y}).lineTo({plot.x, plot.y + plot.height})
                            .lineTo({plot.x + plot.width, plot.y + plot.height}),
                        Stroke(m_style.axis, 1));
    }

    // Month labels centred under their ticks, except where that would cross the chart's edge.
    void dateAxis(const ChartLayout& layout, const MonthFormatter& formatMonth, const Rect& bounds)
    {
        const double baseline = layout.plot.y + layout.plot.height + m_style.labelSize * 1.5;
        for (const Date& tick : layout.dateTicks) {
            const double x = layout.xOf(tick);
            m_canvas.stroke(Path().moveTo({x, layout.plot.y + layout.plot.height})
                                .lineTo({x, layout.plot.y + layout.plot.height + 4}),
                            Stroke(m_style.axis, 1));
            const std::string text = formatMonth(tick);
            const double half = m_canvas.textWidth(text, label()) / 2;
            const double centre = std::clamp(x, bounds.x + half, std::max(bounds.x + half, bounds.x + bounds.width - half));
            m_canvas.text(text, {centre, baseline}, label(TextAlign::Centre));
        }
    }

    // Each goal's dashed line over its shaded band.
    void goals(const ChartLayout& layout)
    {
        const Rect& plot = layout.plot;
        for (const ChartGoal& goal : m_chart.goals) {
            const double y = valueY(layout, goal.value);
            const double bandY = valueY(layout, goal.bandTo);
            m_canvas.fill(Path::rectangle({plot.x, std::min(y, bandY), plot.width, std::abs(bandY - y)}),
                          goal.colour.withAlpha(28));
            m_canvas.stroke(Path().moveTo({plot.x, y}).lineTo({plot.x + plot.width, y}),
                            Stroke(goal.colour, 1.5, {6, 4}));
        }
    }

    // Each period pale grey or white in turn, split by a thin rule: shades a fax keeps.
    void periods(const ChartLayout& layout)
    {
        const Rect& plot = layout.plot;
        for (std::size_t i = 0; i < m_chart.periods.size(); ++i) {
            const auto [left, right] = periodSpan(layout, m_chart.periods[i]);
            if (right <= left)
                continue;
            if (i % 2 == 0)
                m_canvas.fill(Path::rectangle({left, plot.y, right - left, plot.height}), Colour{0, 0, 0, 16});
            if (i > 0 && left > plot.x)
                m_canvas.stroke(Path().moveTo({left, plot.y}).lineTo({left, plot.y + plot.height}),
                                Stroke(m_style.axis, 1));
        }
    }

    // Where the period names and then the goal labels go: each where no point, line or other
    // label is (PlaceFinder), trying its short form when the whole one finds no room.
    void placeLabels(ChartLayout& layout)
    {
        PlaceFinder finder(m_style);
        for (const ChartSeries& series : m_chart.series) {
            std::vector<Point> points;
            for (const ChartPoint& point : series.points)
                points.push_back({layout.xOf(point.date), valueY(layout, point.value)});
            finder.avoidLine(points);
        }
        for (const ChartGoal& goal : m_chart.goals) {
            const double y = valueY(layout, goal.value);
            finder.avoidGoalLine({layout.plot.x, y}, {layout.plot.x + layout.plot.width, y});
        }
        const TextStyle periodStyle = label(TextAlign::Left, false);
        for (const ChartPeriod& period : m_chart.periods) {
            const auto [left, right] = periodSpan(layout, period);
            std::vector<std::pair<Rect, std::string>> places;
            for (const std::string& text : {period.label, period.shortLabel}) {
                const double width = m_canvas.textWidth(text, periodStyle);
                if (text.empty() || right - left < width + 4)
                    continue;
                places.emplace_back(Rect{left + 2, layout.plot.y + 2, width, labelHeight()}, text);
                places.emplace_back(Rect{left + 2, layout.plot.y + layout.plot.height - 2 - labelHeight(), width,
                                         labelHeight()},
                                    text);
            }
            // A name that would cover data is left out: the table under the chart names them all.
            const std::size_t best = finder.best(places);
            const bool placed = best < places.size() && finder.free(places[best].first);
            layout.periodLabels.push_back(placed ? places[best].first : Rect{});
            m_periodTexts.push_back(placed ? places[best].second : std::string());
            if (placed)
                finder.taken(places[best].first);
        }
        for (std::size_t index = 0; index < m_chart.goals.size(); ++index) {
            const ChartGoal& goal = m_chart.goals[index];
            const double y = valueY(layout, goal.value);
            const bool bandBelow = valueY(layout, goal.bandTo) > y;
            std::vector<std::pair<Rect, std::string>> places;
            // Beside the line in full, else shortened; only then further off.
            for (int step = 0; step < 3; ++step)
                for (const std::string& text : {goal.label, goal.shortLabel})
                    if (!text.empty())
                        for (const Rect& rect :
                             goalPlaces(layout.plot, y, bandBelow, m_canvas.textWidth(text, goalLabel(goal)), step))
                            places.emplace_back(rect, text);
            const std::size_t best = finder.best(places, index);
            const Rect at = best < places.size() ? places[best].first : Rect{layout.plot.x + 4, y, 0, labelHeight()};
            layout.goalLabels.push_back(at);
            layout.goalLabelTexts.push_back(best < places.size() ? places[best].second : goal.label);
            finder.taken(at);
        }
    }

    // The goals' labels and the periods' names over the series, each on a pale backing so a
    // line passing near cannot hide it.
    void labels(const ChartLayout& layout)
    {
        for (std::size_t i = 0; i < m_chart.periods.size(); ++i)
            if (!m_periodTexts[i].empty()) {
                const Rect& at = layout.periodLabels[i];
                m_canvas.text(m_periodTexts[i], {at.x, at.y + labelAscent()}, label(TextAlign::Left, false));
            }
        for (std::size_t i = 0; i < m_chart.goals.size(); ++i) {
            const Rect& at = layout.goalLabels[i];
            m_canvas.fill(Path::rectangle({at.x - 2, at.y, at.width + 4, at.height}), Colour{255, 255, 255, 205});
            m_canvas.text(layout.goalLabelTexts[i], {at.x, at.y + labelAscent()}, goalLabel(m_chart.goals[i]));
        }
    }

    void series(const ChartLayout& layout)
    {
        for (const ChartSeries& series : m_chart.series) {
            if (series.points.empty())
                continue;
            Path line;
            for (std::size_t i = 0; i < series.points.size(); ++i) {
                const Point at{layout.xOf(series.points[i].date), valueY(layout, series.points[i].value)};
                i == 0 ? line.moveTo(at) : line.lineTo(at);
            }
            if (series.points.size() > 1)
                m_canvas.stroke(line, seriesStroke(series));
            for (const ChartPoint& point : series.points)
                marker(series, {layout.xOf(point.date), valueY(layout, point.value)});
        }
    }

    // Swatch and name per series, left to right, wrapping at the right edge. Returns its height.
    double legend(const Rect& area, bool draw)
    {
        if (m_chart.series.size() < 2)
            return 0;
        const double line = m_style.labelSize * 1.6;
        double x = area.x, y = area.y + m_style.labelSize;
        for (const ChartSeries& series : m_chart.series) {
            const double sample = m_style.labelSize * 2.8;  // a stretch of the line with its marker
            const double width = sample + m_style.labelSize * 0.6 + m_canvas.textWidth(series.name, label())
                                 + m_style.labelSize;
            if (x > area.x && x + width > area.x + area.width) {
                x = area.x;
                y += line;
            }
            if (draw) {
                const double middle = y - m_style.labelSize * 0.35;
                m_canvas.stroke(Path().moveTo({x, middle}).lineTo({x + sample, middle}), seriesStroke(series));
                marker(series, {x + sample / 2, middle});
                m_canvas.text(series.name, {x + sample + m_style.labelSize * 0.6, y}, label(TextAlign::Left, false));
            }
            x += width;
        }
        return y - area.y + m_style.labelSize * 0.6;
    }

private:
    TextStyle goalLabel(const ChartGoal& goal) const { return {m_style.labelSize, true, goal.colour, TextAlign::Left}; }
    double labelAscent() const { return m_style.labelSize * 0.95; }
    double labelDescent() const { return m_style.labelSize * 0.3; }
    double labelHeight() const { return labelAscent() + labelDescent(); }

    std::pair<double, double> periodSpan(const ChartLayout& layout, const ChartPeriod& period) const
    {
        const Rect& plot = layout.plot;
        return {std::clamp(layout.xOf(period.from), plot.x, plot.x + plot.width),
                std::clamp(layout.xOf(period.to + boost::gregorian::days(1)), plot.x, plot.x + plot.width)};
    }

    // Beside the goal's line, inside the plot: in the target band first, then across the line;
    // at the start, the end, then along the line. A further `step` moves them a label's height
    // further off, past a neighbouring goal's line.
    std::vector<Rect> goalPlaces(const Rect& plot, double y, bool bandBelow, double width, int step) const
    {
        const double gap = 2;
        const double off = step * (labelHeight() + gap);
        const double below = y + gap + off, above = y - gap - labelHeight() - off;
        std::vector<Rect> places;
        for (double along : {0.0, 1.0, 0.5, 0.25, 0.75}) {
            const double x = plot.x + 4 + (plot.width - 8 - width) * along;
            if (x < plot.x || x + width > plot.x + plot.width)
                continue;
            for (double top : bandBelow ? std::array{below, above} : std::array{above, below})
                if (top >= plot.y && top + labelHeight() <= plot.y + plot.height)
                    places.push_back({x, top, width, labelHeight()});
        }
        return places;
    }

    Stroke seriesStroke(const ChartSeries& series) const
    {
        const double w = m_style.lineWidth;
        switch (series.dash) {
        case LineDash::Solid: return Stroke(series.colour, w);
        case LineDash::Dashed: return Stroke(series.colour, w, {4.5 * w, 2.5 * w});
        case LineDash::LongDash: return Stroke(series.colour, w, {9 * w, 3 * w});
        case LineDash::Dotted: return Stroke(series.colour, w, {0.7 * w, 3 * w}, LineCap::Round);
        case LineDash::DashDot: return Stroke(series.colour, w, {5 * w, 2.5 * w, 0.7 * w, 2.5 * w}, LineCap::Round);
        }
        return Stroke(series.colour, w);
    }

    // The point's marker in the series' colour, ringed in white so it stands clear of lines.
    void marker(const ChartSeries& series, Point at)
    {
        const double r = m_style.pointRadius;
        m_canvas.fill(Path::marker(series.marker, at, r + 0.8), Colour{255, 255, 255});
        m_canvas.fill(Path::marker(series.marker, at, r), series.colour);
    }

    Canvas& m_canvas;
    const LineChart& m_chart;
    const ChartStyle& m_style;
    std::vector<std::string> m_periodTexts;
};

} // namespace

bool LineChart::empty() const
{
    return std::ranges::all_of(series, [](const ChartSeries& s) { return s.points.empty(); });
}

double ChartLayout::xOf(const Date& date) const
{
    const double span = std::max<double>(1, static_cast<double>((to - from).days()));
    return plot.x + plot.width * static_cast<double>((date - from).days()) / span;
}

double ChartLayout::yOf(double value, double lowest, double highest) const
{
    const double clamped = std::clamp(value, lowest, highest);
    return plot.y + plot.height * (1 - (clamped - lowest) / std::max(1e-9, highest - lowest));
}

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

void shareTimeAxis(std::vector<LineChart>& charts, const std::optional<Date>& from, const std::optional<Date>& to)
{
    Date first(boost::gregorian::pos_infin), last(boost::gregorian::neg_infin);
    for (const LineChart& chart : charts) {
        const auto [chartFrom, chartTo] = pointSpan(chart);
        first = std::min(first, chartFrom);
        last = std::max(last, chartTo);
    }
    for (LineChart& chart : charts) {
        if (from || !first.is_special())
            chart.axisFrom = from ? *from : first;
        if (to || !last.is_special())
            chart.axisTo = to ? *to : last;
    }
}

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

double niceStep(double lowest, double highest, int most)
{
    const double range = std::max(1e-9, highest - lowest);
    const double magnitude = std::pow(10, std::floor(std::log10(range / most)));
    for (double multiple : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (range / (multiple * magnitude) <= most)
            return multiple * magnitude;
    return 10 * magnitude;
}

ChartLayout drawLineChart(Canvas& canvas, const Rect& bounds, const LineChart& chart,
                          const MonthFormatter& formatMonth, const ChartStyle& style)
{
    ChartPainter painter(canvas, chart, style);
    const double titleBaseline = bounds.y + style.titleSize;
    canvas.text(chart.title, {bounds.x, titleBaseline}, {style.titleSize, true, style.text, TextAlign::Left});
    // The unit on a line of its own over the value axis: beside the title it would collide
    // with a long title in a narrow chart.
    const double unitBaseline = titleBaseline + style.labelSize * 1.6;
    canvas.text(chart.unit, {bounds.x, unitBaseline}, painter.label(TextAlign::Left));

    ChartLayout layout;
    const double step = niceStep(chart.lowest, chart.highest, kMostValueTicks);
    double widest = style.valueLabelWidth;
    for (double value = chart.lowest; value <= chart.highest + step / 1000; value += step) {
        layout.valueTicks.push_back(value);
        widest = std::max(widest, canvas.textWidth(roundedNumberText(value), painter.label()));
    }
    const double top = unitBaseline + style.labelSize * 0.9;
    const double left = bounds.x + widest + style.labelSize;
    const Rect legendArea{left, bounds.y + bounds.height, bounds.x + bounds.width - left, 0};
    const double legendHeight = painter.legend(legendArea, false);
    const double bottom = bounds.y + bounds.height - legendHeight - style.labelSize * 2.2;
    layout.plot = {left, top, std::max(1.0, bounds.x + bounds.width - left - style.labelSize * 0.5),
                   std::max(1.0, bottom - top)};

    if (chart.empty()) {
        painter.grid(layout);
        canvas.text(chart.emptyText, {layout.plot.x + layout.plot.width / 2, layout.plot.y + layout.plot.height / 2},
                    painter.label(TextAlign::Centre));
        return layout;
    }
    std::tie(layout.from, layout.to) = dateRange(chart);
    // As many month labels as fit side by side with room between them.
    const double labelWidth = canvas.textWidth(formatMonth(layout.from), painter.label()) * 1.5;
    const int fit = static_cast<int>(layout.plot.width / std::max(1.0, labelWidth));
    layout.dateTicks = monthTicks(layout.from, layout.to, std::clamp(fit, 1, kMostDateTicks));
    painter.periods(layout);
    painter.grid(layout);
    painter.goals(layout);
    painter.dateAxis(layout, formatMonth, bounds);
    painter.placeLabels(layout);
    painter.series(layout);
    painter.labels(layout);
    painter.legend({left, layout.plot.y + layout.plot.height + style.labelSize * 2.2, legendArea.width, 0}, true);
    return layout;
}

} // namespace knotwork
