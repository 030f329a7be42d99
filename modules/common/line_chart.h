#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/calendar_date.h"
#include "common/canvas.h"
#include "common/chart_ticks.h"

namespace knotwork {

// A line chart of values over dates, laid out once and drawn through a Canvas: the progress tab
// draws it on screen and the progress report on paper, so both agree (ARCHITECTURE.md, "Charts
// once, drawn twice").

struct ChartPoint {
    Date date{boost::gregorian::not_a_date_time};
    double value = 0;
};

// How a series' line is drawn, so series differ on a fax or in grey print, not only in colour.
enum class LineDash { Solid, Dashed, Dotted, DashDot, LongDash };

struct ChartSeries {
    std::string name;  // shown in the legend when a chart has more than one series
    Colour colour;
    std::vector<ChartPoint> points;  // oldest first
    MarkerShape marker = MarkerShape::Circle;
    LineDash dash = LineDash::Solid;
};

// The `index`th series of a chart in its own colour, marker and dash: the colours differ in
// lightness too, so the first two (a chart's pair) stay apart in grey.
ChartSeries styledSeries(std::string name, std::size_t index, std::vector<ChartPoint> points = {});

// A goal drawn as a dashed line, and the band of values that meet it shaded.
struct ChartGoal {
    std::string label;  // "Goal 6 days"
    double value = 0;
    double bandTo = 0;  // the other edge of the target band: the scale's bottom or top
    Colour colour;
    std::string shortLabel = {};  // "Goal 70°", used where the whole label finds no free place
};

// A stretch of time shaded behind the series and named over it: a plan's frequency phase.
struct ChartPeriod {
    Date from{boost::gregorian::not_a_date_time};
    Date to{boost::gregorian::not_a_date_time};  // the last day, inclusive
    std::string label;       // "Weekly × 6"
    std::string shortLabel;  // "1", where the whole label is wider than the stretch
};

struct LineChart {
    std::string title;  // "Headache days per month"
    std::string unit;   // "days", shown above the value axis
    double lowest = 0;  // the value axis: the measure's scale, not the data's
    double highest = 10;
    std::vector<ChartSeries> series;
    std::vector<ChartGoal> goals;
    std::vector<ChartPeriod> periods;  // oldest first, not overlapping
    std::string emptyText;  // shown when no series has a point
    // The time axis, when charts shown together share one (shareTimeAxis); else the points'.
    std::optional<Date> axisFrom;
    std::optional<Date> axisTo;

    bool empty() const;
};

// Sizes in the device's units: pixels on screen, points on paper.
struct ChartStyle {
    double titleSize = 13;
    double labelSize = 10;
    double lineWidth = 2;
    double pointRadius = 3;
    // The least room for the value axis's numbers: charts stacked in a column with the same
    // value gives their plots the same left edge, so a date lines up from chart to chart.
    double valueLabelWidth = 0;
    Colour text{40, 44, 52};
    Colour mutedText{104, 110, 120};
    Colour grid{222, 226, 232};
    Colour axis{150, 156, 166};
};

// "Nov 2026": how a month is named on the date axis, in the reader's language.
using MonthFormatter = std::function<std::string(const Date& firstOfMonth)>;

// Where things went, for tests and for pointing at a value.
struct ChartLayout {
    Rect plot;  // the area inside the axes
    Date from{boost::gregorian::not_a_date_time};
    Date to{boost::gregorian::not_a_date_time};
    std::vector<double> valueTicks;
    std::vector<Date> dateTicks;
    std::vector<Rect> goalLabels;  // where each goal's label went, in the order of the goals
    std::vector<std::string> goalLabelTexts;  // the label or, where it found no room, the short one
    std::vector<Rect> periodLabels;           // where each period's name went

    double xOf(const Date& date) const;
    double yOf(double value, double lowest, double highest) const;
};

// Draws the whole chart inside `bounds` (title, axes with ticks, target bands, goal lines, the
// series with their points, a legend) and returns its layout. Nothing is drawn outside `bounds`.
ChartLayout drawLineChart(Canvas& canvas, const Rect& bounds, const LineChart& chart,
                          const MonthFormatter& formatMonth, const ChartStyle& style = {});

// Gives every chart the same time axis, so charts shown together line up by date: `from` and
// `to` where given (a report's period), else the span of all their points.
void shareTimeAxis(std::vector<LineChart>& charts, const std::optional<Date>& from = std::nullopt,
                   const std::optional<Date>& to = std::nullopt);


} // namespace knotwork
