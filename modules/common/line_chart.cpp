#include "common/line_chart.h"
#include "common/chart_ticks.h"
#include "common/label_places.h"
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
        PlaceFinder finder(m_style.lineWidth, m_style.pointRadius);
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
