#include "sharing/outcome_summary.h"

#include <cmath>
#include <functional>

#include "clients/choices.h"
#include "common/i18n.h"
#include "plans/measure_scoring.h"
#include "sessions/session_choices.h"

namespace knotwork::sharing {

using plans::MetricPoint;
using sessions::RomDirection;
using sessions::VisitFindings;

bool OutcomeRow::meaningful() const
{
    return meaningfulChange && improved() && std::abs(change()) >= *meaningfulChange - 1e-9;
}

namespace {

struct RowDefinition {
    std::string label;
    std::string unit;
    bool lowerIsBetter = true;
    std::optional<double> meaningfulChange;
};

void addRow(const RowDefinition& definition, const std::vector<MetricPoint>& series, const Date& from,
            const Date& to, std::vector<OutcomeRow>& rows)
{
    std::optional<MetricPoint> baseline, latest;
    for (const MetricPoint& point : series) {
        if (point.date > to)
            break;
        if (!baseline)
            baseline = point;
        if (point.date >= from)
            latest = point;
    }
    if (baseline && latest)
        rows.push_back({definition.label, definition.unit, *baseline, *latest, definition.lowerIsBetter,
                        definition.meaningfulChange});
}

std::vector<MetricPoint> visitSeries(const plans::ProgressData& data,
                                     const std::function<std::optional<double>(const VisitFindings&)>& valueOf)
{
    std::vector<MetricPoint> series;
    for (const VisitFindings& visit : data.visits)
        if (const auto value = valueOf(visit))
            series.push_back({visit.visitDate, *value});
    return series;
}

std::vector<MetricPoint> measureSeries(const plans::ProgressData& data, plans::MeasureKind kind)
{
    std::vector<MetricPoint> series;
    for (const plans::OutcomeMeasure& measure : data.measures)
        if (measure.kind == kind && !measure.voidedAt)
            if (const auto score = plans::headlineScore(measure))
                series.push_back({measure.takenOn, *score});
    return series;
}

std::optional<double> asDouble(const std::optional<int>& value)
{
    return value ? std::optional<double>(*value) : std::nullopt;
}

} // namespace

std::vector<OutcomeRow> outcomesOf(const plans::ProgressData& data, const Date& from, const Date& to)
{
    using plans::MeasureKind;
    std::vector<OutcomeRow> rows;
    addRow({_("Headache days per month"), _("days"), true, std::nullopt}, visitSeries(data, [](const VisitFindings& v) {
               return v.headacheDaysPerMonth();
           }), from, to, rows);
    addRow({_("Average headache intensity"), "/10", true, std::nullopt}, visitSeries(data, [](const VisitFindings& v) {
               return asDouble(v.averageIntensity);
           }), from, to, rows);
    addRow({_("Worst headache intensity"), "/10", true, std::nullopt}, visitSeries(data, [](const VisitFindings& v) {
               return asDouble(v.worstIntensity);
           }), from, to, rows);
    addRow({_("Medication days per month"), _("days"), true, std::nullopt}, visitSeries(data, [](const VisitFindings& v) {
               return v.medicationDaysPerMonth();
           }), from, to, rows);
    // Published minimal clinically important differences (DOMAIN.md): NDI 5 of 50 points (10 %),
    // PSFS 2 points of the mean, NPRS 1.5 points.
    addRow({_("Neck Disability Index"), "%", true, 10.0}, measureSeries(data, MeasureKind::Ndi), from, to, rows);
    addRow({_("Headache Disability Index"), "", true, std::nullopt}, measureSeries(data, MeasureKind::Hdi), from, to,
           rows);
    addRow({_("PSFS (mean of activities)"), "/10", false, 2.0}, measureSeries(data, MeasureKind::Psfs), from, to,
           rows);
    addRow({_("HIT-6"), "", true, std::nullopt}, measureSeries(data, MeasureKind::Hit6), from, to, rows);
    addRow({_("Neck pain (NPRS)"), "/10", true, 1.5}, measureSeries(data, MeasureKind::Nprs), from, to, rows);
    for (const auto& choice : clients::choices<RomDirection>()) {
        const RomDirection direction = choice.value;
        addRow({formatMessage(_("{} (neck ROM)"), clients::labelOf(direction)), "°", false, std::nullopt},
               visitSeries(data, [direction](const VisitFindings& v) { return asDouble(v.romAtArrival(direction)); }),
               from, to, rows);
    }
    addRow({_("Flexion-rotation test, left"), "°", false, std::nullopt},
           visitSeries(data, [](const VisitFindings& v) { return asDouble(v.cfrtLeft); }), from, to, rows);
    addRow({_("Flexion-rotation test, right"), "°", false, std::nullopt},
           visitSeries(data, [](const VisitFindings& v) { return asDouble(v.cfrtRight); }), from, to, rows);
    return rows;
}

} // namespace knotwork::sharing
