// The measured part of the progress report: the outcomes table and the goals (the charts are
// progress_charts_section.cpp).
#include <algorithm>
#include <cmath>
#include <map>

#include "common/i18n.h"
#include "common/locale_date.h"
#include "plans/plan_evidence.h"
#include "plans/plan_text.h"
#include "reports/progress_sections.h"
#include "sharing/outcome_summary.h"
#include "common/number_text.h"

namespace knotwork::reports {

using sharing::OutcomeRow;
using sharing::ProgressReportData;

namespace {

std::string valueText(double value, const std::string& unit)
{
    const std::string number = roundedNumberText(value);
    if (unit.empty())
        return number;
    if (unit.front() == '/' || unit == "°")
        return number + unit;
    return number + " " + unit;
}

std::string changeText(const OutcomeRow& row)
{
    const double change = row.change();
    if (std::abs(change) < 0.05)
        return _("no change");
    const std::string sign = change < 0 ? "\u2212" : "+";
    std::string text = sign + valueText(std::abs(change), row.unit);
    if (const auto reduction = row.reduction(); reduction && *reduction > 0) {
        text += formatMessage(_(" ({} % fewer)"), std::lround(*reduction * 100));
        return formatMessage(row.responder() ? _("{}: responder") : _("{}: better, not yet a responder"), text);
    }
    if (row.meaningful())
        return formatMessage(_("{}: better, clinically meaningful"), text);
    return formatMessage(row.improved() ? _("{}: better") : _("{}: worse"), text);
}

// A value, dated only when it was not taken on the column's usual day.
std::string pointText(const plans::MetricPoint& point, const std::string& unit, const std::optional<Date>& usualDay)
{
    const std::string value = valueText(point.value, unit);
    return point.date == usualDay ? value : value + "\n" + mediumDate(point.date);
}

// The day most values of a column were taken: the start of care, the last visit of the period.
std::optional<Date> usualDay(const std::vector<OutcomeRow>& rows, plans::MetricPoint OutcomeRow::*column)
{
    std::map<Date, int> days;
    for (const OutcomeRow& row : rows)
        ++days[(row.*column).date];
    const auto most = std::max_element(days.begin(), days.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    return most == days.end() ? std::nullopt : std::optional<Date>(most->first);
}

} // namespace

void writeOutcomes(DocumentWriter& writer, const ProgressReportData& data)
{
    const std::vector<OutcomeRow> rows = sharing::outcomesOf(data.progress, data.from, data.to);
    if (rows.empty()) {
        writer.heading(_("Outcomes"));
        writer.paragraph(_("Nothing was measured in this period."));
        return;
    }
    const std::optional<Date> baselineDay = usualDay(rows, &OutcomeRow::baseline);
    const std::optional<Date> latestDay = usualDay(rows, &OutcomeRow::latest);
    Table table{{{_("Measure"), 2.3},
                 {formatMessage(_("Baseline ({})"), mediumDate(*baselineDay)), 1.3},
                 {formatMessage(_("Latest ({})"), mediumDate(*latestDay)), 1.3},
                 {_("Change"), 1.7}},
                {}};
    for (const OutcomeRow& row : rows)
        table.rows.push_back({row.label, pointText(row.baseline, row.unit, baselineDay),
                              pointText(row.latest, row.unit, latestDay),
                              row.baseline.date == row.latest.date ? std::string("\u2014") : changeText(row)});
    writer.heading(_("Outcomes"), writer.tableOpening(table));
    writer.table(table);
    writer.paragraph(_("Baseline is the first value on record (the start of care); latest is the last value in "
                       "this period. A value taken on another day carries its date. Headache days are scaled to a "
                       "30-day month from the client's diary. Neck range of motion is measured actively, in "
                       "degrees, at the start of each visit. A responder has at least 50 % fewer headache days "
                       "than at baseline. The PSFS is compared over the activities the client named at baseline. "
                       "Clinically meaningful: NDI 10 percentage points, PSFS 2 points for the mean and 3 for one "
                       "activity, HIT-6 2.3 points, NPRS 1.5 points."),
                     writer.style().small());
}

// A goal's baseline is printed as measured only when it is a value on record; one typed into the
// plan (or left at the form's default) is marked "not measured", and no progress is computed
// from it.
void writeGoals(DocumentWriter& writer, const ProgressReportData& data)
{
    if (!data.plan || data.plan->goals.empty())
        return;
    const clients::HeadacheProfile& history = data.chart.intake.headache;
    const plans::IntakeBaselines intake{history.headacheDaysPerMonth, history.usualIntensity};
    Table table{{{_("Goal"), 2.2}, {_("Baseline"), 1}, {_("Latest"), 1.4}, {_("Target"), 1.5}, {_("Status"), 1.5}},
                {}};
    bool anyUnrecorded = false;
    for (const plans::GoalProgress& goal : data.plan->goals) {
        const plans::GoalRow row = plans::describeGoalProgress(goal, &mediumDate);
        const bool recorded = plans::baselineOnRecord(goal.goal, data.progress, data.plan->plan.startDate, intake);
        anyUnrecorded = anyUnrecorded || !recorded;
        std::string status;
        if (goal.met && goal.metSince)
            status = formatMessage(_("Met since {}"), mediumDate(*goal.metSince));
        else if (goal.met)
            status = _("Met");
        else if (recorded)
            status = formatMessage(_("{} of the way, {}"), row.way, row.trend);
        else
            status = row.trend;
        if (recorded && !row.responder.empty())
            status += "; " + row.responder;
        table.rows.push_back({row.goal,
                              recorded ? row.baseline : formatMessage(_("{}\nnot measured"), row.baseline),
                              row.latest, row.target, status});
    }
    writer.heading(_("Goals"), writer.tableOpening(table));
    writer.table(table);
    if (anyUnrecorded)
        writer.paragraph(_("A baseline marked \u201cnot measured\u201d was set in the plan without a measurement "
                           "on record; no progress is computed from it."),
                         writer.style().small());
}

} // namespace knotwork::reports
