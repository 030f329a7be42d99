#include "common/chart_summary.h"

#include "common/i18n.h"
#include "common/number_text.h"

namespace knotwork {

namespace {

std::string figures(const ChartSeries& series, DateFormatter formatDate)
{
    const ChartPoint& first = series.points.front();
    const ChartPoint& latest = series.points.back();
    if (series.points.size() == 1)
        return formatMessage(_("{} on {}"), roundedNumberText(first.value), dateText(first.date, formatDate));
    return formatMessage(_("first {} on {}, latest {} on {}"), roundedNumberText(first.value),
                         dateText(first.date, formatDate), roundedNumberText(latest.value),
                         dateText(latest.date, formatDate));
}

std::string goalText(const ChartGoal& goal)
{
    // The band that meets the goal lies below its line when lower is better.
    return formatMessage(goal.bandTo < goal.value ? _("{} or less") : _("{} or more"), goal.label);
}

} // namespace

std::string describeChart(const LineChart& chart, DateFormatter formatDate)
{
    const std::string title = chart.unit.empty() ? chart.title : formatMessage(_("{} ({})"), chart.title, chart.unit);
    std::vector<const ChartSeries*> shown;
    for (const ChartSeries& series : chart.series)
        if (!series.points.empty())
            shown.push_back(&series);

    std::string text;
    if (shown.empty())
        text = formatMessage(_("{}: {}."), title, chart.emptyText);
    else if (chart.series.size() == 1)
        text = formatMessage(_("{}: {}."), title, figures(*shown.front(), formatDate));
    else {
        text = formatMessage(_("{}."), title);
        for (const ChartSeries* series : shown) {
            text += ' ';
            text += formatMessage(_("{}: {}."), series->name, figures(*series, formatDate));
        }
    }
    for (const ChartGoal& goal : chart.goals) {
        text += ' ';
        text += formatMessage(_("{}."), goalText(goal));
    }
    // The shaded stretches a sighted reader sees behind the line: the plan's phases.
    for (const ChartPeriod& period : chart.periods) {
        text += ' ';
        text += formatMessage(_("{} from {} to {}."), period.label, dateText(period.from, formatDate),
                              dateText(period.to, formatDate));
    }
    return text;
}

} // namespace knotwork
