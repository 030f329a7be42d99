#pragma once

#include <string>

#include "clients/practice_settings.h"
#include "plans/treatment_plan.h"

namespace knotwork::plans {

// One rule per measure for when a change counts (DOMAIN.md "Outcome measures" and "Measurement
// error"). Every place that calls a change better or worse — the report's outcomes and goals, the
// progress tab's trends — judges it here, and the report states the rules once (rulesText).

enum class Measure {
    HeadacheDays,       // per 30 days, from the diary
    MedicationDays,     // per 30 days, from the diary
    HeadacheIntensity,  // 0–10, from the diary
    Nprs,               // neck pain 0–10
    NdiPoints,          // Neck Disability Index, 0–50
    NdiPercent,         // the same, 0–100 %
    Hdi,                // Headache Disability Index, 0–100
    Hit6,               // 36–78
    PsfsMean,
    PsfsActivity,       // one PSFS activity, or a functional rating in the client's words
    Rom,                // degrees
    Cfrt,               // degrees
};

enum class Judgement { Better, NoMeaningfulChange, Worse, NotJudged };

// The practice's own figures; the rest are published and fixed.
struct MeasureThresholds {
    int romDegrees = clients::kRomMeaningfulChangeDefault;  // PracticeSettings::romMeaningfulChange

    friend bool operator==(const MeasureThresholds&, const MeasureThresholds&) = default;
};

struct ChangeRule {
    // Points: a change of `amount` or more in the better or worse direction. HalfOrMore: better
    // at half the reference or less (the responder rule), worse at half as many again or more.
    // None: no published threshold, the change is given without a judgement.
    enum class Kind { Points, HalfOrMore, None };
    Kind kind = Kind::None;
    double amount = 0;
    bool lowerIsBetter = true;
};

ChangeRule ruleFor(Measure measure, const MeasureThresholds& thresholds);
Measure measureOf(GoalMetric metric);
// `from` → `to` under the rule. Values are compared as shown (one decimal).
Judgement judge(const ChangeRule& rule, double from, double to);

// "better", "no meaningful change", "worse"; empty when not judged.
std::string judgementText(Judgement judgement);

// The rules in words, one sentence, as the report states them once.
std::string rulesText(const MeasureThresholds& thresholds);

} // namespace knotwork::plans
