#include <gtest/gtest.h>

#include "common/chart_summary.h"

namespace knotwork {
namespace {

const Colour kBlue{40, 100, 200};
const Colour kGreen{30, 140, 80};

std::string dayMonthYear(const Date& date)
{
    return std::to_string(date.day().as_number()) + "/" + std::to_string(date.month().as_number()) + "/"
           + std::to_string(date.year());
}

LineChart headacheDays()
{
    LineChart chart;
    chart.title = "Headache days per month";
    chart.unit = "days in 30";
    chart.highest = 31;
    chart.series.push_back({"Headache days", kBlue,
                            {{Date(2026, 3, 3), 14}, {Date(2026, 3, 30), 9.25}, {Date(2026, 4, 20), 6}}});
    chart.goals.push_back({"Goal 4 days", 4, 0, kGreen});
    chart.emptyText = "No headache diary in a signed note yet";
    return chart;
}

TEST(ChartSummary, SaysTheFirstAndLatestValueWithTheirDaysAndTheGoal)
{
    EXPECT_EQ(describeChart(headacheDays(), &dayMonthYear),
              "Headache days per month (days in 30): first 14 on 3/3/2026, latest 6 on 20/4/2026. "
              "Goal 4 days or less.");
}

TEST(ChartSummary, AGoalMetAboveItsLineIsOneToReachOrPass)
{
    LineChart rom;
    rom.title = "Neck range of motion";
    rom.unit = "degrees";
    rom.highest = 90;
    rom.series.push_back({"Rotation left", kBlue, {{Date(2026, 3, 3), 55}, {Date(2026, 4, 20), 66.04}}});
    rom.series.push_back({"Rotation right", kGreen, {{Date(2026, 4, 20), 70}}});
    rom.series.push_back({"Flexion", kGreen, {}});
    rom.goals.push_back({"Goal Rotation left: 70°", 70, 90, kGreen});
    EXPECT_EQ(describeChart(rom, &dayMonthYear),
              "Neck range of motion (degrees). Rotation left: first 55 on 3/3/2026, latest 66 on 20/4/2026. "
              "Rotation right: 70 on 20/4/2026. Goal Rotation left: 70° or more.");
}

TEST(ChartSummary, AChartWithoutValuesSaysWhyAndStillNamesItsGoal)
{
    LineChart empty = headacheDays();
    empty.series.front().points.clear();
    EXPECT_EQ(describeChart(empty), "Headache days per month (days in 30): No headache diary in a signed note yet. "
                                    "Goal 4 days or less.");
    empty.goals.clear();
    empty.unit.clear();
    EXPECT_EQ(describeChart(empty), "Headache days per month: No headache diary in a signed note yet.");
}

TEST(ChartSummary, DaysAreIsoWithoutAFormat)
{
    EXPECT_NE(describeChart(headacheDays()).find("first 14 on 2026-03-03, latest 6 on 2026-04-20"), std::string::npos);
}

TEST(ChartSummary, ThePhasesShadedBehindTheLineAreSaidToo)
{
    LineChart chart = headacheDays();
    chart.periods = {{Date(2026, 3, 3), Date(2026, 4, 13), "Weekly × 6", "1"},
                     {Date(2026, 4, 14), Date(2026, 4, 20), "Every 2 weeks × 6", "2"}};
    EXPECT_NE(describeChart(chart).find("Weekly × 6 from 2026-03-03 to 2026-04-13. Every 2 weeks × 6 from "
                                        "2026-04-14 to 2026-04-20."),
              std::string::npos)
        << describeChart(chart);
}

} // namespace
} // namespace knotwork
