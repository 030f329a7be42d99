// "Progress over time": the progress report's charts.
#include "reports/progress_charts_section.h"

#include "common/i18n.h"
#include "common/locale_date.h"
#include "plans/progress_charts.h"
#include "reports/progress_sections.h"

namespace knotwork::reports {

using sharing::ProgressReportData;

namespace {

constexpr double kChartHeight = 150;      // two charts to a row
constexpr double kWideChartHeight = 165;  // the diary, across the page

} // namespace

std::vector<LineChart> progressReportCharts(const ProgressReportData& data)
{
    std::vector<LineChart> charts;
    const plans::TreatmentPlan* plan = data.plan ? &data.plan->plan : nullptr;
    std::vector<LineChart> all = plans::progressCharts(data.progress, plan, data.from, data.to);
    for (std::size_t i = 0; i < all.size(); ++i) {
        LineChart& chart = all[i];
        for (ChartSeries& series : chart.series)
            std::erase_if(series.points, [&](const ChartPoint& point) { return point.date > data.to; });
        if (!chart.empty() && (i < plans::kVisitChartCount || !chart.goals.empty()))
            charts.push_back(std::move(chart));
    }
    std::vector<Date> visitDates;
    for (const sessions::VisitFindings& visit : data.progress.visits)
        visitDates.push_back(visit.visitDate);
    shareTimeAxis(charts, data.from, plan ? plans::phasesEnd(*plan, visitDates, data.to) : data.to);
    return charts;
}

void writeCharts(DocumentWriter& writer, const ProgressReportData& data)
{
    const std::vector<LineChart> charts = progressReportCharts(data);
    if (charts.empty())
        return;
    // The diary across the page, its phases named over it; the others two to a row.
    const std::size_t wide = charts.front().periods.empty() ? 0 : 1;
    writer.heading(_("Progress over time"), wide ? kWideChartHeight : kChartHeight);
    if (wide)
        writer.charts({charts.front()}, &monthAndYear, 1, kWideChartHeight);
    writer.charts({charts.begin() + static_cast<std::ptrdiff_t>(wide), charts.end()}, &monthAndYear, 2, kChartHeight);
}

} // namespace knotwork::reports
