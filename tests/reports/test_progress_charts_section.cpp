#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "pdf_reader.h"
#include "reports/progress_charts_section.h"
#include "reports/progress_report.h"
#include "support/recording_canvas.h"
#include "support/sample_report.h"
#include "support/temp_dir.h"

namespace knotwork::reports {
namespace {

using ::testing::ContainsRegex;
using ::testing::HasSubstr;
using ::testing::Not;

const LineChart* chartTitled(const std::vector<LineChart>& charts, const std::string& title)
{
    for (const LineChart& chart : charts)
        if (chart.title == title)
            return &chart;
    return nullptr;
}

TEST(ProgressReportCharts, EveryChartOfTheReportSharesTheReportsTimeAxis)
{
    const sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4));
    const std::vector<LineChart> charts = progressReportCharts(data);
    ASSERT_GE(charts.size(), 3u);
    knotwork::testing::RecordingCanvas canvas;
    const auto month = [](const Date& date) { return std::to_string(date.month().as_number()); };
    const ChartLayout first = drawLineChart(canvas, {0, 0, 240, 150}, charts.front(), month);
    for (const LineChart& chart : charts) {
        EXPECT_EQ(chart.axisFrom, data.from) << chart.title;
        EXPECT_EQ(chart.axisTo, data.to) << chart.title;
        const ChartLayout layout = drawLineChart(canvas, {0, 0, 240, 150}, chart, month);
        EXPECT_EQ(layout.from, first.from) << chart.title;
        EXPECT_EQ(layout.to, first.to) << chart.title;
    }
    for (const char* pair : {"Neck flexion and extension", "Neck rotation", "Neck lateral flexion"})
        EXPECT_NE(chartTitled(charts, pair), nullptr) << pair;
    EXPECT_EQ(chartTitled(charts, "Neck range of motion"), nullptr) << "the six directions come in pairs";
}

TEST(ProgressReportCharts, AnEndedPlansChartsEndAtItsLastVisit)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4));
    data.plan->plan.status = plans::PlanStatus::Completed;
    data.to = data.to + boost::gregorian::days(40);
    const Date lastVisit = data.progress.visits.back().visitDate;
    for (const LineChart& chart : progressReportCharts(data))
        EXPECT_EQ(chart.axisTo, lastVisit) << chart.title;
}

// Whether spacing out the visits held the gains: headache days per phase, raw counts with the
// days they cover, the phases the chart shades.
TEST(ProgressReportCharts, HeadacheDaysArePrintedPhaseByPhaseWithTheDaysTheyCover)
{
    const sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4));
    PdfDocument document;
    const ReportPages report = layoutProgressReport(data, document);
    knotwork::testing::TempDir dir;
    const WrittenPdf pdf = writeAndRead(report, document, dir.path(), "progress-phases");
    EXPECT_THAT(pdf.text, HasSubstr("Headache days by phase of care"));
    EXPECT_THAT(pdf.text, HasSubstr("Before care"));
    EXPECT_THAT(pdf.text, HasSubstr("1. Weekly × 6"));
    EXPECT_THAT(pdf.text, HasSubstr("2. Every 2 weeks × 6"));
    EXPECT_THAT(pdf.text, HasSubstr("(start estimated)"));
    EXPECT_THAT(pdf.text, HasSubstr("taken to begin at the visit after the planned visits"));
    EXPECT_THAT(pdf.text, Not(HasSubstr("3. Every 4–6 weeks"))) << "the third phase begins after the period";

    const std::string laidOut = drawnText(report);
    EXPECT_THAT(laidOut, ContainsRegex("[0-9]+ headache days in [0-9]+ days, [0-9]+\\.[0-9] per 30"));
    EXPECT_THAT(laidOut, HasSubstr("Weekly × 6")) << "the phases named over the headache days chart";
}

TEST(ProgressReportCharts, APlanOfOnePhaseHasNoPhaseTable)
{
    sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(12, Date(2026, 5, 4));
    data.plan->plan.phases.resize(1);
    data.plan->plan.currentPhase = 0;
    PdfDocument document;
    const ReportPages report = layoutProgressReport(data, document);
    const std::string laidOut = drawnText(report);
    EXPECT_THAT(laidOut, Not(HasSubstr("Headache days by phase of care")));
    EXPECT_THAT(laidOut, HasSubstr("Progress over time"));
}

} // namespace
} // namespace knotwork::reports
