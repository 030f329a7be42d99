#include "sharing/outcome_summary.h"

#include <cmath>
#include <functional>

#include "clients/client_choices.h"
#include "common/i18n.h"
#include "plans/measure_scoring.h"
#include "plans/psfs_comparison.h"
#include "sessions/session_choices.h"

namespace knotwork::sharing {

using plans::MetricPoint;
using sessions::RomDirection;
using sessions::VisitFindings;

bool OutcomeRow::meaningful() const
{
    if (responderRule)
        return responder();
    return meaningfulChange && improved() && std::abs(change()) >= *meaningfulChange - 1e-9;
}

std::optional<double> OutcomeRow::reduction() const
{
    return responderRule ? plans::headacheDayReduction(baseline.value, latest.value) : std::nullopt;
}

bool OutcomeRow::responder() const
{
    return responderRule && plans::isResponder(baseline.value, latest.value);
}

namespace {

struct RowDefinition {
    std::string label;
    std::string unit;
    bool lowerIsBetter = true;
    std::optional<double> meaningfulChange;
    bool responderRule = false;
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
                        definition.meaningfulChange, definition.responderRule});
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

std::vector<MetricPoint> psfsSeries(const plans::ProgressData& data,
                                    const std::function<std::optional<double>(const plans::OutcomeMeasure&)>& valueOf)
{
    std::vector<MetricPoint> series;
    for (const plans::OutcomeMeasure& measure : data.measures)
        if (measure.kind == plans::MeasureKind::Psfs && !measure.voidedAt)
            if (const auto value = valueOf(measure))
                series.push_back({measure.takenOn, *value});
    return series;
}

// The PSFS compared like with like: the mean over the baseline's activities (meaningful: 2
// points), then each of them (meaningful: 3 points).
void addPsfsRows(const plans::ProgressData& data, const Date& from, const Date& to, std::vector<OutcomeRow>& rows)
{
    const auto baseline = plans::psfsBaseline(data.measures, to);
    if (!baseline)
        return;
    const std::vector<plans::ActivityRating>& activities = baseline->activities;
    addRow({_("PSFS (mean of activities)"), "/10", false, plans::kPsfsMeanImportantChange},
           psfsSeries(data, [&](const plans::OutcomeMeasure& m) { return plans::meanOverActivities(m, activities); }),
           from, to, rows);
    for (const plans::ActivityRating& activity : activities)
        addRow({formatMessage(_("PSFS: {}"), activity.activity), "/10", false, plans::kPsfsActivityImportantChange},
               psfsSeries(data, [&](const plans::OutcomeMeasure& m) {
                   return asDouble(plans::activityRating(m, activity.activity));
               }),
               from, to, rows);
}

} // namespace

std::vector<OutcomeRow> outcomesOf(const plans::ProgressData& data, const Date& from, const Date& to)
{
    using plans::MeasureKind;
    std::vector<OutcomeRow> rows;
    addRow({_("Headache days per month"), _("days"), true, std::nullopt, true}, visitSeries(data, [](const VisitFindings& v) {
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
    // PSFS 2 points of the mean and 3 of one activity, HIT-6 2.3 points, NPRS 1.5 points.
    addRow({_("Neck Disability Index"), "%", true, 2 * plans::kNdiMinimalImportantChange},
           measureSeries(data, MeasureKind::Ndi), from, to, rows);
    addRow({_("Headache Disability Index"), "", true, std::nullopt}, measureSeries(data, MeasureKind::Hdi), from, to,
           rows);
    addPsfsRows(data, from, to, rows);
    addRow({_("HIT-6"), "", true, plans::kHit6ImportantChange}, measureSeries(data, MeasureKind::Hit6), from, to,
           rows);
    addRow({_("Neck pain (NPRS)"), "/10", true, plans::kNprsImportantChange}, measureSeries(data, MeasureKind::Nprs),
           from, to, rows);
    for (const auto& choice : choices<RomDirection>()) {
        const RomDirection direction = choice.value;
        addRow({formatMessage(_("{} (neck ROM)"), labelOf(direction)), "°", false, std::nullopt},
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
