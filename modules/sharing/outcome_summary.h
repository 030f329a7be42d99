#pragma once

#include <optional>
#include <string>
#include <vector>

#include "plans/goal_progress.h"
#include "plans/measure_thresholds.h"

namespace knotwork::sharing {

// How many recent visits a current value summarises.
constexpr int kRecentVisits = 3;

// One cell of the outcomes table: a single value, or recent visits summarised — their diaries
// summed (headache days over the days the diaries cover) or their readings averaged.
struct OutcomeValue {
    double value = 0;  // as compared: diary counts per 30 days, readings their mean
    Date first{boost::gregorian::not_a_date_time};  // the days it summarises
    Date last{boost::gregorian::not_a_date_time};
    int count = 0;  // values summarised
    // Diary rows: the days counted and the days the diaries cover.
    int days = 0;
    int diaryDays = 0;
};

// One line of a progress report's outcomes table: where a measure started (the first value on
// record, the start of care), where it was at the last report to this recipient, and where it is
// now (the recent visits in the period, or a questionnaire's latest score).
struct OutcomeRow {
    std::string label;  // translated: "Headache days", "Rotation left"
    std::string unit;   // "°", "/10", "/50" or empty; diary rows: empty
    plans::Measure measure = plans::Measure::HeadacheDays;
    plans::ChangeRule rule;
    bool diary = false;  // raw counts over the diaries' days, compared per 30 days
    bool visitBased = false;  // a reading at each visit: "now" summarises the recent visits
    OutcomeValue baseline;
    std::optional<OutcomeValue> lastReport;
    OutcomeValue current;
    // The recent visits against as many before them, so a turn for the worse is not hidden by
    // comparing with the start of care; NotJudged when there are too few.
    plans::Judgement recent = plans::Judgement::NotJudged;

    double change() const { return current.value - baseline.value; }
    plans::Judgement judgement() const { return plans::judge(rule, baseline.value, current.value); }
    std::optional<plans::Judgement> sinceLastReport() const;
    // Headache days: how far they fell from the baseline (0.5: halved).
    std::optional<double> reduction() const;
};

// The outcome rows of a client's record up to `to`, current values taken within from…to:
// headache diary, intensity, medication days, NDI (points of 50), HDI, PSFS (the mean over the
// baseline's activities, then each baseline activity), HIT-6, NPRS, cervical range of motion per
// direction (at arrival) and the flexion-rotation test per side, judged by the thresholds in
// `data`. With `lastReportTo`, each row also has its value as of that day. Measures with no value
// in the period are left out.
std::vector<OutcomeRow> outcomesOf(const plans::ProgressData& data, const Date& from, const Date& to,
                                   const std::optional<Date>& lastReportTo = std::nullopt);

} // namespace knotwork::sharing
