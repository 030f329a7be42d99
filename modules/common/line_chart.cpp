#include "common/line_chart.h"
#include "common/number_text.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace knotwork {

namespace {

constexpr int kMostValueTicks = 6;
constexpr int kMostDateTicks = 6;

// The dates the axis spans: every point, padded so a single visit still has room.
std::pair<Date, Date> dateRange(const LineChart& chart)
{
    Date from(boost::gregorian::pos_infin), to(boost::gregorian::neg_infin);
    for (const ChartSeries& series : chart.series)
        for (const ChartPoint& point : series.points) {
            from = std::min(from, point.date);
            to = std::max(to, point.date);
        }
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

    // Each goal's dashed line over its shaded band, and where its label goes: inside the band at
    // the start, where the values have not reached the goal yet. Labels that would touch (two
    // rotation goals a few degrees apart) are stacked apart, inside the plot.
    void goals(ChartLayout& layout)
    {
        const Rect& plot = layout.plot;
        std::vector<double> baselines;
        for (const ChartGoal& goal : m_chart.goals) {
            const double y = valueY(layout, goal.value);
            const double bandY = valueY(layout, goal.bandTo);
            m_canvas.fill(Path::rectangle({plot.x, std::min(y, bandY), plot.width, std::abs(bandY - y)}),
                          goal.colour.withAlpha(28));
            m_canvas.stroke(Path().moveTo({plot.x, y}).lineTo({plot.x + plot.width, y}),
                            Stroke(goal.colour, 1.5, {6, 4}));
            baselines.push_back(bandY > y ? y + m_style.labelSize * 1.2 : y - m_style.labelSize * 0.4);
        }
        separateLabels(baselines, plot);
        for (std::size_t i = 0; i < m_chart.goals.size(); ++i)
            layout.goalLabels.push_back({plot.x + 4, baselines[i] - labelAscent(),
                                         m_canvas.textWidth(m_chart.goals[i].label, goalLabel(m_chart.goals[i])),
                                         labelAscent() + labelDescent()});
    }

    // The goals' labels over the series, each on a pale backing so points under it cannot hide it.
    void goalLabels(const ChartLayout& layout)
    {
        for (std::size_t i = 0; i < m_chart.goals.size(); ++i) {
            const Rect& at = layout.goalLabels[i];
            m_canvas.fill(Path::rectangle({at.x - 2, at.y, at.width + 4, at.height}), Colour{255, 255, 255, 205});
            m_canvas.text(m_chart.goals[i].label, {at.x, at.y + labelAscent()}, goalLabel(m_chart.goals[i]));
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
                m_canvas.stroke(line, Stroke(series.colour, m_style.lineWidth));
            for (const ChartPoint& point : series.points)
                m_canvas.fill(Path::ellipse({layout.xOf(point.date), valueY(layout, point.value)},
                                            m_style.pointRadius, m_style.pointRadius),
                              series.colour);
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
            const double width = m_style.labelSize * 1.6 + m_canvas.textWidth(series.name, label()) + m_style.labelSize;
            if (x > area.x && x + width > area.x + area.width) {
                x = area.x;
                y += line;
            }
            if (draw) {
                m_canvas.fill(Path::rectangle({x, y - m_style.labelSize * 0.75, m_style.labelSize, m_style.labelSize * 0.75}),
                              series.colour);
                m_canvas.text(series.name, {x + m_style.labelSize * 1.4, y}, label(TextAlign::Left, false));
            }
            x += width;
        }
        return y - area.y + m_style.labelSize * 0.6;
    }

private:
    TextStyle goalLabel(const ChartGoal& goal) const { return {m_style.labelSize, true, goal.colour, TextAlign::Left}; }
    double labelAscent() const { return m_style.labelSize * 0.95; }
    double labelDescent() const { return m_style.labelSize * 0.3; }

    // Moves label baselines the least so that no two labels' lines touch: down from the top
    // first, then up from the bottom. A plot too short for them all keeps them inside it, where
    // the top ones may then touch.
    void separateLabels(std::vector<double>& baselines, const Rect& plot) const
    {
        std::vector<std::size_t> order(baselines.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return baselines[a] < baselines[b]; });
        const double pitch = (labelAscent() + labelDescent()) * 1.08;
        const double highest = plot.y + labelAscent();
        const double lowest = plot.y + plot.height - labelDescent();
        for (std::size_t k = 0; k < order.size(); ++k) {
            double& at = baselines[order[k]];
            at = std::max(at, k == 0 ? highest : baselines[order[k - 1]] + pitch);
        }
        for (std::size_t k = order.size(); k-- > 0;) {
            double& at = baselines[order[k]];
            at = std::max(highest, std::min(at, k + 1 == order.size() ? lowest : baselines[order[k + 1]] - pitch));
        }
    }

    Canvas& m_canvas;
    const LineChart& m_chart;
    const ChartStyle& m_style;
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
    double widest = 0;
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
    painter.grid(layout);
    painter.goals(layout);
    painter.dateAxis(layout, formatMonth, bounds);
    painter.series(layout);
    painter.goalLabels(layout);
    painter.legend({left, layout.plot.y + layout.plot.height + style.labelSize * 2.2, legendArea.width, 0}, true);
    return layout;
}

} // namespace knotwork
