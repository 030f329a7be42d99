#include "sharing/outcome_summary.h"

#include <algorithm>
#include <functional>

#include "clients/client_choices.h"
#include "common/i18n.h"
#include "plans/measure_scoring.h"
#include "plans/psfs_comparison.h"
#include "sessions/session_choices.h"

namespace knotwork::sharing {

using plans::Measure;
using sessions::RomDirection;
using sessions::VisitFindings;

std::optional<plans::Judgement> OutcomeRow::sinceLastReport() const
{
    if (!lastReport)
        return std::nullopt;
    return plans::judge(rule, lastReport->value, current.value);
}

std::optional<double> OutcomeRow::reduction() const
{
    return measure == Measure::HeadacheDays ? plans::headacheDayReduction(baseline.value, current.value)
                                            : std::nullopt;
}

namespace {

// One value on record: a visit's reading or diary (its raw count over its days), or a score.
struct Sample {
    Date date;
    double value = 0;
    int days = 0;
    int diaryDays = 0;
};
using Samples = std::vector<Sample>;

struct RowDefinition {
    std::string label;
    std::string unit;
    Measure measure;
    bool diary = false;
    bool visitBased = true;
};

constexpr double kDaysInMonth = 30;

OutcomeValue summarise(Samples::const_iterator begin, Samples::const_iterator end, bool diary)
{
    OutcomeValue summary;
    summary.first = begin->date;
    summary.last = std::prev(end)->date;
    double sum = 0;
    for (auto sample = begin; sample != end; ++sample) {
        ++summary.count;
        sum += sample->value;
        summary.days += sample->days;
        summary.diaryDays += sample->diaryDays;
    }
    summary.value = diary ? summary.days * kDaysInMonth / summary.diaryDays : sum / summary.count;
    return summary;
}

// The values up to `day` a column summarises: the recent visits' (after the baseline, unless it
// is the only one) or a score's latest; `since` limits them to the period.
std::optional<std::pair<std::size_t, std::size_t>> recentRange(const Samples& samples, const RowDefinition& definition,
                                                               const Date& since, const Date& day)
{
    std::size_t end = 0;
    while (end < samples.size() && samples[end].date <= day)
        ++end;
    if (end == 0 || samples[end - 1].date < since)
        return std::nullopt;
    const std::size_t wanted = definition.visitBased ? kRecentVisits : 1;
    std::size_t begin = end - 1;
    while (begin > 1 && end - begin < wanted && samples[begin - 1].date >= since)
        --begin;
    if (begin == 0 && end > 1)
        begin = 1;
    return std::pair{begin, end};
}

void addRow(const RowDefinition& definition, const plans::MeasureThresholds& thresholds, const Samples& samples,
            const Date& from, const Date& to, const std::optional<Date>& lastReportTo, std::vector<OutcomeRow>& rows)
{
    const auto current = recentRange(samples, definition, from, to);
    if (!current)
        return;
    OutcomeRow row;
    row.label = definition.label;
    row.unit = definition.unit;
    row.measure = definition.measure;
    row.rule = plans::ruleFor(definition.measure, thresholds);
    row.diary = definition.diary;
    row.visitBased = definition.visitBased;
    row.baseline = summarise(samples.begin(), samples.begin() + 1, definition.diary);
    row.current = summarise(samples.begin() + current->first, samples.begin() + current->second, definition.diary);
    if (lastReportTo)
        if (const auto last = recentRange(samples, definition, samples.front().date, *lastReportTo))
            row.lastReport = summarise(samples.begin() + last->first, samples.begin() + last->second, definition.diary);
    // As many visits before the recent ones, the baseline among them if need be.
    if (definition.visitBased && row.current.count > 1 && current->first > 0) {
        const std::size_t before = current->first > std::size_t(row.current.count)
                                       ? current->first - std::size_t(row.current.count)
                                       : 0;
        const OutcomeValue earlier =
            summarise(samples.begin() + before, samples.begin() + current->first, definition.diary);
        row.recent = plans::judge(row.rule, earlier.value, row.current.value);
    }
    rows.push_back(std::move(row));
}

Samples visitSeries(const plans::ProgressData& data,
                    const std::function<std::optional<double>(const VisitFindings&)>& valueOf)
{
    Samples series;
    for (const VisitFindings& visit : data.visits)
        if (const auto value = valueOf(visit))
            series.push_back({visit.visitDate, *value});
    return series;
}

// A diary count over the days the diary covers; a visit without a diary is left out.
Samples diarySeries(const plans::ProgressData& data, std::optional<int> VisitFindings::*count)
{
    Samples series;
    for (const VisitFindings& visit : data.visits)
        if (const std::optional<int>& days = visit.*count; visit.diaryDays > 0 && days)
            series.push_back({visit.visitDate, *days * kDaysInMonth / visit.diaryDays, *days, visit.diaryDays});
    return series;
}

Samples measureSeries(const plans::ProgressData& data, plans::MeasureKind kind,
                      const std::function<std::optional<double>(const plans::OutcomeMeasure&)>& valueOf)
{
    Samples series;
    for (const plans::OutcomeMeasure& measure : data.measures)
        if (measure.kind == kind && !measure.voidedAt)
            if (const auto value = valueOf(measure))
                series.push_back({measure.takenOn, *value});
    return series;
}

Samples scoreSeries(const plans::ProgressData& data, plans::MeasureKind kind, double scale = 1)
{
    return measureSeries(data, kind, [scale](const plans::OutcomeMeasure& measure) -> std::optional<double> {
        if (const auto score = plans::headlineScore(measure))
            return *score * scale;
        return std::nullopt;
    });
}

std::optional<double> asDouble(const std::optional<int>& value)
{
    return value ? std::optional<double>(*value) : std::nullopt;
}

} // namespace

std::vector<OutcomeRow> outcomesOf(const plans::ProgressData& data, const Date& from, const Date& to,
                                   const std::optional<Date>& lastReportTo)
{
    using plans::MeasureKind;
    std::vector<OutcomeRow> rows;
    auto add = [&](const RowDefinition& definition, const Samples& samples) {
        addRow(definition, data.thresholds, samples, from, to, lastReportTo, rows);
    };
    add({_("Headache days"), "", Measure::HeadacheDays, true}, diarySeries(data, &VisitFindings::headacheDays));
    add({_("Average headache intensity"), "/10", Measure::HeadacheIntensity},
        visitSeries(data, [](const VisitFindings& v) { return asDouble(v.averageIntensity); }));
    add({_("Worst headache intensity"), "/10", Measure::HeadacheIntensity},
        visitSeries(data, [](const VisitFindings& v) { return asDouble(v.worstIntensity); }));
    add({_("Medication days"), "", Measure::MedicationDays, true}, diarySeries(data, &VisitFindings::medicationDays));
    // The NDI in points of its 0–50 total, the scale its minimal important change is published on.
    add({_("Neck Disability Index"), "/50", Measure::NdiPoints, false, false}, scoreSeries(data, MeasureKind::Ndi, 0.5));
    add({_("Headache Disability Index"), "/100", Measure::Hdi, false, false}, scoreSeries(data, MeasureKind::Hdi));
    if (const auto psfsBaseline = plans::psfsBaseline(data.measures, to)) {
        // Like with like: the mean over the baseline's activities, then each of them.
        const std::vector<plans::ActivityRating>& activities = psfsBaseline->activities;
        add({_("PSFS (mean of activities)"), "/10", Measure::PsfsMean, false, false},
            measureSeries(data, MeasureKind::Psfs,
                          [&](const plans::OutcomeMeasure& m) { return plans::meanOverActivities(m, activities); }));
        for (const plans::ActivityRating& activity : activities)
            add({formatMessage(_("PSFS: {}"), activity.activity), "/10", Measure::PsfsActivity, false, false},
                measureSeries(data, MeasureKind::Psfs, [&](const plans::OutcomeMeasure& m) {
                    return asDouble(plans::activityRating(m, activity.activity));
                }));
    }
    add({_("HIT-6"), "", Measure::Hit6, false, false}, scoreSeries(data, MeasureKind::Hit6));
    add({_("Neck pain (NPRS)"), "/10", Measure::Nprs, false, false}, scoreSeries(data, MeasureKind::Nprs));
    for (const auto& choice : choices<RomDirection>()) {
        const RomDirection direction = choice.value;
        add({formatMessage(_("{} (neck ROM)"), labelOf(direction)), "°", Measure::Rom},
            visitSeries(data, [direction](const VisitFindings& v) { return asDouble(v.romAtArrival(direction)); }));
    }
    add({_("Flexion-rotation test, left"), "°", Measure::Cfrt},
        visitSeries(data, [](const VisitFindings& v) { return asDouble(v.cfrtLeft); }));
    add({_("Flexion-rotation test, right"), "°", Measure::Cfrt},
        visitSeries(data, [](const VisitFindings& v) { return asDouble(v.cfrtRight); }));
    return rows;
}

} // namespace knotwork::sharing
