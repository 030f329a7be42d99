#include <cmath>
#include <gtest/gtest.h>

#include "common/line_chart.h"
#include "support/recording_canvas.h"

namespace knotwork {
namespace {

using testing::RecordingCanvas;

const Rect kBounds{10, 20, 560, 300};
const Colour kBlue{40, 100, 200};
const Colour kGreen{30, 140, 80};

std::string monthName(const Date& month)
{
    return std::to_string(month.year()) + "-" + std::to_string(month.month().as_number());
}

LineChart headacheDays()
{
    LineChart chart;
    chart.title = "Headache days per month";
    chart.unit = "days";
    chart.lowest = 0;
    chart.highest = 31;
    chart.series.push_back({"Headache days", kBlue,
                            {{Date(2026, 3, 2), 12}, {Date(2026, 3, 30), 9}, {Date(2026, 5, 25), 5}}});
    chart.goals.push_back({"Goal 6 days", 6, 0, kGreen});
    chart.emptyText = "No diary yet";
    return chart;
}

bool inside(const Rect& rect, const Point& point)
{
    return point.x >= rect.x - 0.01 && point.x <= rect.x + rect.width + 0.01 && point.y >= rect.y - 0.01
           && point.y <= rect.y + rect.height + 0.01;
}

template <typename Drawn>
void expectInside(const Rect& rect, const std::vector<Drawn>& drawn)
{
    for (const Drawn& item : drawn) {
        for (const Path::Segment& segment : item.path.segments()) {
            if (segment.kind == Path::Kind::Close)
                continue;
            EXPECT_TRUE(inside(rect, segment.points[0])) << segment.points[0].x << ", " << segment.points[0].y;
        }
    }
}

TEST(LineChart, PointsFollowTheirDatesAndValuesInsideThePlot)
{
    RecordingCanvas canvas;
    const ChartLayout layout = drawLineChart(canvas, kBounds, headacheDays(), monthName);
    // Later dates lie further right; more headache days lie higher.
    EXPECT_LT(layout.xOf(Date(2026, 3, 2)), layout.xOf(Date(2026, 5, 25)));
    EXPECT_LT(layout.yOf(12, 0, 31), layout.yOf(5, 0, 31));
    EXPECT_DOUBLE_EQ(layout.yOf(0, 0, 31), layout.plot.y + layout.plot.height);
    EXPECT_DOUBLE_EQ(layout.yOf(40, 0, 31), layout.plot.y) << "values off the scale stay on it";
    EXPECT_LE(layout.from, Date(2026, 3, 2));
    EXPECT_GE(layout.to, Date(2026, 5, 25));
    std::size_t pointFills = 0;
    for (const auto& filled : canvas.fills)
        pointFills += filled.colour == kBlue ? 1 : 0;
    EXPECT_EQ(pointFills, 3u);
    expectInside(kBounds, canvas.fills);
    expectInside(kBounds, canvas.strokes);
}

// A PDF paints a whole circle as one round dot, in a tenth of the bytes of its curves: a chart of
// 80 visits has hundreds of markers, ringed in white.
TEST(LineChart, RoundMarkersAreWholeCirclesOnTheirPointsRingedInWhite)
{
    RecordingCanvas canvas;
    const ChartLayout layout = drawLineChart(canvas, kBounds, headacheDays(), monthName);
    const Point first{layout.xOf(Date(2026, 3, 2)), layout.yOf(12, 0, 31)};
    std::vector<double> radii;
    for (const auto& filled : canvas.fills)
        if (const std::optional<Path::Circle>& circle = filled.path.circle();
            circle && std::abs(circle->centre.x - first.x) < 1e-9 && std::abs(circle->centre.y - first.y) < 1e-9)
            radii.push_back(filled.colour == kBlue ? circle->radius : -circle->radius);
    EXPECT_EQ(radii, (std::vector<double>{-3.8, 3})) << "white a little wider, then the series' colour";

    EXPECT_TRUE(Path::ellipse({0, 0}, 2, 2).circle());
    EXPECT_FALSE(Path::ellipse({0, 0}, 2, 3).circle()) << "an oval is not one";
    EXPECT_FALSE(Path::ellipse({0, 0}, 2, 2).lineTo({5, 5}).circle()) << "nor a circle with more drawn to it";
}

TEST(LineChart, TheGoalIsADashedLineOverAShadedTargetBand)
{
    RecordingCanvas canvas;
    const ChartLayout layout = drawLineChart(canvas, kBounds, headacheDays(), monthName);
    const double goalY = layout.yOf(6, 0, 31);
    bool dashedGoal = false;
    for (const auto& stroked : canvas.strokes)
        if (stroked.stroke.colour == kGreen) {
            dashedGoal = !stroked.stroke.dashes.empty()
                         && stroked.path.segments()[0].points[0].y == goalY;
        }
    EXPECT_TRUE(dashedGoal);
    bool band = false;
    for (const auto& filled : canvas.fills)
        band = band || (filled.colour == kGreen.withAlpha(28));
    EXPECT_TRUE(band);
    EXPECT_TRUE(canvas.wrote("Goal 6 days"));
}

TEST(LineChart, AxesAreLabelledWithTheUnitValuesAndMonths)
{
    RecordingCanvas canvas;
    const ChartLayout layout = drawLineChart(canvas, kBounds, headacheDays(), monthName);
    EXPECT_TRUE(canvas.wrote("Headache days per month"));
    EXPECT_TRUE(canvas.wrote("days"));
    EXPECT_EQ(layout.valueTicks.front(), 0);
    EXPECT_LE(layout.valueTicks.size(), 7u);
    EXPECT_TRUE(canvas.wrote("2026-4"));
    EXPECT_TRUE(canvas.wrote("2026-5"));
    EXPECT_FALSE(canvas.wrote("No diary yet"));
}

TEST(LineChart, MonthLabelsNeverOverlapAtAnyWidth)
{
    LineChart years = headacheDays();
    years.series[0].points.push_back({Date(2029, 1, 10), 3});
    for (double width : {180.0, 320.0, 900.0}) {
        RecordingCanvas canvas;
        const ChartLayout layout = drawLineChart(canvas, {0, 0, width, 240}, years, monthName);
        double lastRight = -1e9;
        for (const auto& written : canvas.texts) {
            if (written.style.align != TextAlign::Centre || written.at.y < layout.plot.y + layout.plot.height)
                continue;
            const double half = canvas.textWidth(written.text, written.style) / 2;
            EXPECT_GT(written.at.x - half, lastRight) << "width " << width;
            lastRight = written.at.x + half;
        }
        expectInside({0, 0, width, 240}, canvas.strokes);
    }
}

TEST(LineChart, AMonthAtTheEdgeIsLabelledInsideTheChart)
{
    LineChart chart = headacheDays();
    chart.series[0].points = {{Date(2025, 1, 6), 12}, {Date(2026, 1, 2), 4}};  // January 2026 at the right edge
    for (double width : {180.0, 240.0, 320.0}) {
        RecordingCanvas canvas;
        drawLineChart(canvas, {30, 0, width, 240}, chart, monthName);
        for (const auto& written : canvas.texts) {
            const double textWidth = canvas.textWidth(written.text, written.style);
            const double left = written.style.align == TextAlign::Centre ? written.at.x - textWidth / 2 : written.at.x;
            EXPECT_GE(left, 30 - 0.01) << written.text << " at width " << width;
            EXPECT_LE(left + textWidth, 30 + width + 0.01) << written.text << " at width " << width;
        }
    }
}

TEST(LineChart, SeveralSeriesGetALegendOneSeriesDoesNot)
{
    LineChart rom;
    rom.title = "Neck range of motion";
    rom.highest = 90;
    rom.series = {{"Rotation left", kBlue, {{Date(2026, 3, 2), 55}, {Date(2026, 4, 2), 70}}},
                  {"Rotation right", kGreen, {{Date(2026, 3, 2), 60}}}};
    RecordingCanvas canvas;
    drawLineChart(canvas, kBounds, rom, monthName);
    EXPECT_TRUE(canvas.wrote("Rotation left"));
    EXPECT_TRUE(canvas.wrote("Rotation right"));

    RecordingCanvas single;
    drawLineChart(single, kBounds, headacheDays(), monthName);
    EXPECT_FALSE(single.wrote("Headache days"));
}

bool overlap(const Rect& a, const Rect& b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

// The rotation goals of a cervicogenic plan sit a few degrees apart (or at the same value): each
// label keeps its own line, inside the plot, at every size the app and the report draw.
TEST(LineChart, GoalLabelsNeverOverlapAndStayInsideThePlot)
{
    LineChart rom;
    rom.title = "Neck range of motion";
    rom.unit = "degrees";
    rom.highest = 90;
    rom.series = {{"Rotation left", kBlue, {{Date(2026, 3, 2), 55}, {Date(2026, 4, 2), 70}}},
                  {"Rotation right", kGreen, {{Date(2026, 3, 2), 60}}}};
    rom.goals = {{"Goal Rotation left: 75°", 75, 90, kGreen},
                 {"Goal Rotation right: 78°", 78, 90, kGreen},
                 {"Goal Flexion: 75°", 75, 90, kGreen},
                 {"Goal Extension: 5°", 5, 90, kGreen}};
    // The Progress tab's size and style, and the report's (two charts to a row, smaller type).
    ChartStyle paper;
    paper.titleSize = 9.5;
    paper.labelSize = 7.5;
    const std::pair<Rect, ChartStyle> sizes[] = {{kBounds, {}}, {{0, 0, 320, 220}, {}}, {{50, 40, 240, 150}, paper}};
    for (const auto& [bounds, style] : sizes) {
        RecordingCanvas canvas;
        const ChartLayout layout = drawLineChart(canvas, bounds, rom, monthName, style);
        ASSERT_EQ(layout.goalLabels.size(), rom.goals.size());
        for (std::size_t i = 0; i < layout.goalLabels.size(); ++i) {
            const Rect& label = layout.goalLabels[i];
            EXPECT_TRUE(canvas.wrote(rom.goals[i].label));
            EXPECT_GE(label.y, layout.plot.y - 0.01) << rom.goals[i].label;
            EXPECT_LE(label.y + label.height, layout.plot.y + layout.plot.height + 0.01) << rom.goals[i].label;
            for (std::size_t j = i + 1; j < layout.goalLabels.size(); ++j)
                EXPECT_FALSE(overlap(label, layout.goalLabels[j]))
                    << rom.goals[i].label << " and " << rom.goals[j].label << " at height " << bounds.height << ": "
                    << label.x << "," << label.y << " " << label.width << "x" << label.height << " and "
                    << layout.goalLabels[j].x << "," << layout.goalLabels[j].y << " plot " << layout.plot.x << ","
                    << layout.plot.y << " " << layout.plot.width << "x" << layout.plot.height;
        }
    }
}

TEST(LineChart, ALoneGoalLabelStaysBesideItsLine)
{
    RecordingCanvas canvas;
    const ChartLayout layout = drawLineChart(canvas, kBounds, headacheDays(), monthName);
    ASSERT_EQ(layout.goalLabels.size(), 1u);
    const double goalY = layout.yOf(6, 0, 31);
    EXPECT_GT(layout.goalLabels[0].y, goalY) << "inside the band, below a lower-is-better goal";
    EXPECT_LT(layout.goalLabels[0].y, goalY + 10);
}

TEST(LineChart, WithoutPointsItSaysSo)
{
    LineChart chart = headacheDays();
    chart.series[0].points.clear();
    RecordingCanvas canvas;
    drawLineChart(canvas, kBounds, chart, monthName);
    EXPECT_TRUE(canvas.wrote("No diary yet"));
    EXPECT_TRUE(canvas.wrote("Headache days per month"));
}

// Whether a label covers any plotted point (with its marker) or passes over any line between
// points, sampled every half unit along each line.
bool coversData(const Rect& label, const LineChart& chart, const ChartLayout& layout, const ChartStyle& style)
{
    const double r = style.pointRadius;
    const Rect markerRoom{label.x - r, label.y - r, label.width + 2 * r, label.height + 2 * r};
    for (const ChartSeries& series : chart.series)
        for (std::size_t i = 0; i < series.points.size(); ++i) {
            const Point at{layout.xOf(series.points[i].date), layout.yOf(series.points[i].value, chart.lowest, chart.highest)};
            if (inside(markerRoom, at))
                return true;
            if (i == 0)
                continue;
            const Point from{layout.xOf(series.points[i - 1].date),
                             layout.yOf(series.points[i - 1].value, chart.lowest, chart.highest)};
            const double length = std::hypot(at.x - from.x, at.y - from.y);
            for (double t = 0; t <= length; t += 0.5)
                if (inside(label, {from.x + (at.x - from.x) * t / length, from.y + (at.y - from.y) * t / length}))
                    return true;
        }
    return false;
}

// Two rotation goals three degrees apart, the data crossing both and filling the start where a
// label would go first: every label finds a place clear of the data and of the other labels.
TEST(LineChart, GoalLabelsSitWhereNoDataAndNoOtherLabelIs)
{
    LineChart rotation;
    rotation.title = "Neck rotation";
    rotation.highest = 90;
    rotation.series = {styledSeries("Rotation left", 0, {{Date(2025, 9, 9), 59}, {Date(2025, 9, 17), 66},
                                                         {Date(2025, 10, 3), 72}, {Date(2026, 1, 16), 79},
                                                         {Date(2026, 6, 4), 81}, {Date(2026, 11, 11), 77}}),
                       styledSeries("Rotation right", 1, {{Date(2025, 9, 9), 52}, {Date(2025, 9, 17), 58},
                                                          {Date(2025, 10, 3), 67}, {Date(2026, 1, 16), 74},
                                                          {Date(2026, 6, 4), 75}, {Date(2026, 11, 11), 75}})};
    rotation.goals = {{"Goal ROM: Rotation left: 70°", 70, 90, kGreen, "Rotation left: 70°"},
                      {"Goal ROM: Rotation right: 67°", 67, 90, kGreen, "Rotation right: 67°"}};
    ChartStyle paper;
    paper.titleSize = 9.5;
    paper.labelSize = 7.5;
    paper.lineWidth = 1.4;
    paper.pointRadius = 2.6;
    const std::pair<Rect, ChartStyle> sizes[] = {{kBounds, {}}, {{0, 0, 420, 250}, {}}, {{50, 40, 240, 150}, paper}};
    for (const auto& [bounds, style] : sizes) {
        RecordingCanvas canvas;
        const ChartLayout layout = drawLineChart(canvas, bounds, rotation, monthName, style);
        ASSERT_EQ(layout.goalLabels.size(), 2u);
        ASSERT_EQ(layout.goalLabelTexts.size(), 2u);
        for (std::size_t i = 0; i < 2; ++i) {
            EXPECT_FALSE(coversData(layout.goalLabels[i], rotation, layout, style))
                << layout.goalLabelTexts[i] << " at width " << bounds.width;
            EXPECT_TRUE(canvas.wrote(layout.goalLabelTexts[i]));
            EXPECT_GE(layout.goalLabels[i].y, layout.plot.y - 0.01);
            EXPECT_LE(layout.goalLabels[i].y + layout.goalLabels[i].height, layout.plot.y + layout.plot.height + 0.01);
        }
        EXPECT_FALSE(overlap(layout.goalLabels[0], layout.goalLabels[1])) << "at width " << bounds.width;
    }
}

TEST(LineChart, AGoalLabelWithNoRoomForItsWholeTextIsShortened)
{
    LineChart chart = headacheDays();
    chart.goals[0] = {"Goal headache days per month: 6 days or fewer", 6, 0, kGreen, "Goal 6"};
    RecordingCanvas canvas;
    const ChartLayout layout = drawLineChart(canvas, {0, 0, 200, 200}, chart, monthName);
    ASSERT_EQ(layout.goalLabelTexts.size(), 1u);
    EXPECT_EQ(layout.goalLabelTexts[0], "Goal 6");
    EXPECT_TRUE(canvas.wrote("Goal 6"));
    EXPECT_FALSE(canvas.wrote(chart.goals[0].label));
}

TEST(LineChart, ChartsSharingATimeAxisPlaceADateAtTheSameSpot)
{
    LineChart early = headacheDays();
    LineChart late = headacheDays();
    late.series[0].points = {{Date(2026, 8, 3), 4}, {Date(2026, 11, 2), 2}};
    std::vector<LineChart> charts{early, late};
    shareTimeAxis(charts);
    RecordingCanvas canvas;
    const ChartLayout first = drawLineChart(canvas, kBounds, charts[0], monthName);
    const ChartLayout second = drawLineChart(canvas, kBounds, charts[1], monthName);
    EXPECT_EQ(first.from, second.from);
    EXPECT_EQ(first.to, second.to);
    EXPECT_LE(first.from, Date(2026, 3, 2));
    EXPECT_GE(first.to, Date(2026, 11, 2));
    EXPECT_DOUBLE_EQ(first.xOf(Date(2026, 6, 1)), second.xOf(Date(2026, 6, 1)));

    // A report's period wins over the data's span.
    shareTimeAxis(charts, Date(2026, 1, 1), Date(2026, 12, 31));
    for (const LineChart& chart : charts) {
        EXPECT_EQ(chart.axisFrom, Date(2026, 1, 1));
        EXPECT_EQ(chart.axisTo, Date(2026, 12, 31));
        const ChartLayout layout = drawLineChart(canvas, kBounds, chart, monthName);
        EXPECT_LE(layout.from, Date(2026, 1, 1));
        EXPECT_GE(layout.to, Date(2026, 12, 31));
    }
}

TEST(LineChart, ChartsGivenTheSameRoomForValuesLineUpTheirPlots)
{
    LineChart tens = headacheDays();
    tens.highest = 10;
    LineChart hundreds = headacheDays();
    hundreds.highest = 100;
    RecordingCanvas canvas;
    ChartStyle style;
    EXPECT_LT(drawLineChart(canvas, kBounds, tens, monthName, style).plot.x,
              drawLineChart(canvas, kBounds, hundreds, monthName, style).plot.x)
        << "each to its own numbers";
    style.valueLabelWidth = canvas.textWidth("100", {style.labelSize, false, style.mutedText, TextAlign::Left});
    EXPECT_DOUBLE_EQ(drawLineChart(canvas, kBounds, tens, monthName, style).plot.x,
                     drawLineChart(canvas, kBounds, hundreds, monthName, style).plot.x);
}

TEST(LineChart, PeriodsAreShadedAndNamedClearOfTheData)
{
    LineChart chart = headacheDays();
    chart.periods = {{Date(2026, 3, 2), Date(2026, 4, 12), "Weekly × 6", "1"},
                     {Date(2026, 4, 13), Date(2026, 5, 30), "Every 2 weeks × 6", "2"}};
    RecordingCanvas canvas;
    const ChartLayout layout = drawLineChart(canvas, kBounds, chart, monthName);
    ASSERT_EQ(layout.periodLabels.size(), 2u);
    EXPECT_TRUE(canvas.wrote("Weekly × 6"));
    EXPECT_TRUE(canvas.wrote("Every 2 weeks × 6"));
    for (std::size_t i = 0; i < 2; ++i) {
        const Rect& label = layout.periodLabels[i];
        EXPECT_GE(label.x, layout.xOf(chart.periods[i].from));
        EXPECT_LE(label.x + label.width, layout.xOf(chart.periods[i].to + boost::gregorian::days(1)));
        EXPECT_FALSE(coversData(label, chart, layout, {}));
        EXPECT_FALSE(overlap(label, layout.goalLabels[0]));
    }
    // A narrow chart names a short stretch by its number.
    RecordingCanvas narrow;
    drawLineChart(narrow, {0, 0, 140, 200}, chart, monthName);
    EXPECT_TRUE(narrow.wrote("1"));
    EXPECT_FALSE(narrow.wrote("Weekly × 6"));
}

// On a fax every series must differ by more than colour: its marker and its line's dashes, and
// the legend shows both.
TEST(LineChart, SeriesDifferByMarkerAndDashAndTheLegendShowsBoth)
{
    LineChart chart;
    chart.title = "Headache intensity";
    chart.highest = 10;
    chart.series = {styledSeries("Average", 0, {{Date(2026, 3, 2), 4}, {Date(2026, 4, 2), 3}}),
                    styledSeries("Worst", 1, {{Date(2026, 3, 2), 7}, {Date(2026, 4, 2), 5}})};
    EXPECT_NE(chart.series[0].marker, chart.series[1].marker);
    EXPECT_NE(chart.series[0].dash, chart.series[1].dash);
    for (std::size_t i = 0; i < 6; ++i)
        for (std::size_t j = i + 1; j < 6; ++j)
            EXPECT_NE(styledSeries("", i).marker, styledSeries("", j).marker) << i << " and " << j;

    RecordingCanvas canvas;
    const ChartLayout layout = drawLineChart(canvas, kBounds, chart, monthName);
    const double legendTop = layout.plot.y + layout.plot.height + 10;
    std::vector<std::vector<double>> plotDashes, legendDashes;
    for (const auto& stroked : canvas.strokes)
        for (const ChartSeries& series : chart.series)
            if (stroked.stroke.colour == series.colour)
                (stroked.path.segments()[0].points[0].y > legendTop ? legendDashes : plotDashes)
                    .push_back(stroked.stroke.dashes);
    ASSERT_EQ(plotDashes.size(), 2u);
    ASSERT_EQ(legendDashes.size(), 2u) << "a stretch of each line in the legend";
    EXPECT_TRUE(plotDashes[0].empty()) << "the first series is solid";
    EXPECT_FALSE(plotDashes[1].empty()) << "the second is dashed";
    EXPECT_EQ(plotDashes, legendDashes);
    // Each marker in the plot and once in the legend, in the series' colour.
    for (const ChartSeries& series : chart.series) {
        std::size_t markers = 0;
        for (const auto& filled : canvas.fills)
            markers += filled.colour == series.colour ? 1 : 0;
        EXPECT_EQ(markers, series.points.size() + 1) << series.name;
    }
}

TEST(NiceStep, DividesTheScaleIntoReadableSteps)
{
    EXPECT_DOUBLE_EQ(niceStep(0, 10, 6), 2);
    EXPECT_DOUBLE_EQ(niceStep(0, 31, 6), 10);
    EXPECT_DOUBLE_EQ(niceStep(0, 100, 6), 20);
    EXPECT_DOUBLE_EQ(niceStep(0, 90, 6), 20);
}

} // namespace
} // namespace knotwork
