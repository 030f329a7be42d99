#include "reports/outcome_table.h"

#include <cmath>
#include <map>

#include "common/i18n.h"
#include "common/locale_date.h"
#include "common/number_text.h"

namespace knotwork::reports {

using plans::Judgement;
using plans::Measure;
using sharing::OutcomeRow;
using sharing::OutcomeValue;

namespace {

constexpr const char* kMinus = "\u2212";

std::string valueText(double value, const std::string& unit)
{
    return roundedNumberText(value) + unit;
}

// "4 of 14 days" and, unless the diaries cover 30 days, "≈ 8.6 per 30 days, scaled".
std::string diaryText(const OutcomeValue& value)
{
    std::string text = formatMessage(P_("{} of {} day", "{} of {} days", value.diaryDays), value.days,
                                      value.diaryDays);
    if (value.diaryDays != 30)
        text.append("\n").append(formatMessage(_("\u2248 {} per 30 days, scaled"), roundedNumberText(value.value)));
    return text;
}

std::string cellText(const OutcomeRow& row, const OutcomeValue& value, const std::optional<Date>& usualDay)
{
    std::string text;
    if (row.diary)
        text = diaryText(value);
    else if (row.measure == Measure::NdiPoints)
        text = formatMessage(_("{} ({} %)"), valueText(value.value, row.unit), roundedNumberText(value.value * 2));
    else
        text = valueText(value.value, row.unit);
    if (row.visitBased && value.count > 1 && value.count < sharing::kRecentVisits)
        text.append("\n").append(formatMessage(_("mean of {} visits"), value.count));
    if (value.last != usualDay)
        text.append("\n").append(mediumDate(value.last));
    return text;
}

// The intake's own figure beside a diary baseline it differs from.
std::string intakeBeside(const OutcomeRow& row, const clients::HeadacheProfile& intake)
{
    const std::optional<int>& figure = row.measure == Measure::HeadacheDays     ? intake.headacheDaysPerMonth
                                       : row.measure == Measure::MedicationDays ? intake.medicationDaysPerMonth
                                                                                : std::nullopt;
    if (!figure || double(*figure) == roundedNumber(row.baseline.value))
        return {};
    return std::string("\n").append(formatMessage(_("intake: {} per month"), *figure));
}

std::string amountText(const OutcomeRow& row, double amount)
{
    if (row.diary)
        return formatMessage(_("{} per 30 days"), roundedNumberText(amount));
    if (row.unit == "\u00b0")
        return roundedNumberText(amount) + row.unit;
    return formatMessage(P_("{} point", "{} points", pluralCount(roundedNumber(amount))), roundedNumberText(amount));
}

// A difference that shows as 0 is no change, whatever a threshold would call it.
bool unchanged(double difference)
{
    return std::abs(roundedNumber(difference)) < 0.05;
}

std::string differenceText(const OutcomeRow& row, double difference)
{
    if (unchanged(difference))
        return _("no change");
    return (difference < 0 ? kMinus : "+") + amountText(row, std::abs(difference));
}

std::string changeText(const OutcomeRow& row)
{
    std::string text = differenceText(row, row.change());
    if (const auto reduction = row.reduction(); reduction && std::lround(*reduction * 100) != 0)
        text.append(" ").append(*reduction > 0 ? formatMessage(_("({} % fewer)"), std::lround(*reduction * 100))
                                               : formatMessage(_("({} % more)"), std::lround(-*reduction * 100)));
    const Judgement judgement = row.judgement();
    if (judgement != Judgement::NotJudged && !unchanged(row.change())) {
        text.append(": ").append(plans::judgementText(judgement));
        if (row.measure == Measure::HeadacheDays && judgement == Judgement::Better)
            text += _(", a responder");
    }
    if (row.lastReport && row.current.last == row.lastReport->last)
        text.append("\n").append(_("nothing measured since the last report"));
    else if (const auto since = row.sinceLastReport()) {
        const double difference = row.current.value - row.lastReport->value;
        const std::string judged = *since == Judgement::NotJudged || unchanged(difference)
                                       ? differenceText(row, difference)
                                       : plans::judgementText(*since);
        text.append("\n").append(formatMessage(_("since last report: {}"), judged));
    }
    if (row.recent == Judgement::Worse)
        text.append("\n").append(formatMessage(
            P_("worse over the last visit", "worse over the last {} visits", row.current.count), row.current.count));
    return text;
}

// The day a column's values are taken on unless dated: the start of care for the baselines (the
// day most were taken), the last visit for the recent values (questionnaires, taken less often,
// carry their own dates).
template <typename Pick>
std::optional<Date> columnDay(const std::vector<OutcomeRow>& rows, Pick pick, bool lastVisit)
{
    std::map<Date, int> counts;
    std::optional<Date> latestVisit;
    for (const OutcomeRow& row : rows)
        if (const std::optional<OutcomeValue> value = pick(row)) {
            ++counts[value->last];
            if (row.visitBased && (!latestVisit || value->last > *latestVisit))
                latestVisit = value->last;
        }
    if (lastVisit && latestVisit)
        return latestVisit;
    std::optional<Date> most;
    int mostCount = 0;
    for (const auto& [day, count] : counts)
        if (count > mostCount) {
            most = day;
            mostCount = count;
        }
    return most;
}

} // namespace

Table outcomeTable(const sharing::ProgressReportData& data, const std::vector<OutcomeRow>& rows)
{
    const auto baselineDay = columnDay(rows, [](const OutcomeRow& row) { return std::optional(row.baseline); }, false);
    const auto currentDay = columnDay(rows, [](const OutcomeRow& row) { return std::optional(row.current); }, true);
    const auto lastReportDay = columnDay(rows, [](const OutcomeRow& row) { return row.lastReport; }, true);
    const bool sinceLast = data.lastReport.has_value();
    Table table;
    table.columns.push_back({_("Measure"), sinceLast ? 1.9 : 2.2});
    table.columns.push_back({formatMessage(_("Baseline ({})"), mediumDate(*baselineDay)), 1.5});
    if (sinceLast)
        table.columns.push_back({formatMessage(_("Last report, to {}"), mediumDate(data.lastReport->periodTo)), 1.5});
    table.columns.push_back(
        {formatMessage(_("Now: last {} visits, to {}"), sharing::kRecentVisits, mediumDate(*currentDay)), 1.5});
    table.columns.push_back({_("Change from baseline"), sinceLast ? 1.9 : 2.1});
    const clients::HeadacheProfile& intake = data.chart.intake.headache;
    for (const OutcomeRow& row : rows) {
        std::vector<std::string> cells{row.label, cellText(row, row.baseline, baselineDay) + intakeBeside(row, intake)};
        if (sinceLast)
            cells.push_back(row.lastReport ? cellText(row, *row.lastReport, lastReportDay) : std::string("\u2014"));
        cells.push_back(cellText(row, row.current, currentDay));
        const bool sameValue = row.current.count == 1 && row.current.last == row.baseline.last;
        cells.push_back(sameValue ? std::string("\u2014") : changeText(row));
        table.rows.push_back(std::move(cells));
    }
    return table;
}

} // namespace knotwork::reports
