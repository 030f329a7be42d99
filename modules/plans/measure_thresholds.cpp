#include "plans/measure_thresholds.h"

#include "common/i18n.h"
#include "common/number_text.h"
#include "plans/measure_scoring.h"

namespace knotwork::plans {

namespace {

// The rise (in days per 30) below which headache or medication days are never called worse:
// 0 → 0.4 days is a rounding of one day in a long diary, not a change.
constexpr double kLeastWorseningDays = 1;

ChangeRule points(double amount, bool lowerIsBetter = true)
{
    return {ChangeRule::Kind::Points, amount, lowerIsBetter};
}

} // namespace

ChangeRule ruleFor(Measure measure, const MeasureThresholds& thresholds)
{
    switch (measure) {
    case Measure::HeadacheDays:
        return {ChangeRule::Kind::HalfOrMore, kResponderReduction, true};
    case Measure::MedicationDays:
        return {ChangeRule::Kind::None, 0, true};
    case Measure::HeadacheIntensity:
    case Measure::Nprs:
        return points(kNprsImportantChange);
    case Measure::NdiPoints:
        return points(kNdiMinimalImportantChange);
    case Measure::NdiPercent:
        return points(2 * kNdiMinimalImportantChange);
    case Measure::Hdi:
        return points(kHdiMinimalDetectableChange);
    case Measure::Hit6:
        return points(kHit6ImportantChange);
    case Measure::PsfsMean:
        return points(kPsfsMeanImportantChange, false);
    case Measure::PsfsActivity:
        return points(kPsfsActivityImportantChange, false);
    case Measure::Rom:
    case Measure::Cfrt:
        // The flexion-rotation test is a range of motion read with the same instruments (goniometer
        // or CROM device), so it takes the practice's measurement-error figure too. The test's own
        // minimal detectable change (Hall et al., JOSPT 2010) is reported below the 10° default,
        // so a change called better here is beyond that error as well.
        return points(thresholds.romDegrees, false);
    }
    return {};
}

Measure measureOf(GoalMetric metric)
{
    switch (metric) {
    case GoalMetric::HeadacheDaysPerMonth:
        return Measure::HeadacheDays;
    case GoalMetric::AverageIntensity:
        return Measure::HeadacheIntensity;
    case GoalMetric::Rom:
        return Measure::Rom;
    case GoalMetric::NdiPercent:
        return Measure::NdiPercent;
    case GoalMetric::HdiTotal:
        return Measure::Hdi;
    case GoalMetric::PsfsActivity:
    case GoalMetric::FunctionalRating:
        return Measure::PsfsActivity;
    case GoalMetric::Cfrt:
        return Measure::Cfrt;
    case GoalMetric::Nprs:
        return Measure::Nprs;
    }
    return Measure::PsfsActivity;
}

Judgement judge(const ChangeRule& rule, double from, double to)
{
    from = roundedNumber(from);
    to = roundedNumber(to);
    constexpr double kSlack = 1e-9;
    switch (rule.kind) {
    case ChangeRule::Kind::None:
        return Judgement::NotJudged;
    case ChangeRule::Kind::HalfOrMore:
        if (from > 0 && to <= from * (1 - rule.amount) + kSlack)
            return Judgement::Better;
        if (to >= from * (1 + rule.amount) - kSlack && to - from >= kLeastWorseningDays - kSlack)
            return Judgement::Worse;
        return Judgement::NoMeaningfulChange;
    case ChangeRule::Kind::Points: {
        const double gain = rule.lowerIsBetter ? from - to : to - from;
        if (gain >= rule.amount - kSlack)
            return Judgement::Better;
        if (gain <= -rule.amount + kSlack)
            return Judgement::Worse;
        return Judgement::NoMeaningfulChange;
    }
    }
    return Judgement::NotJudged;
}

std::string judgementText(Judgement judgement)
{
    switch (judgement) {
    case Judgement::Better:
        return _("better");
    case Judgement::NoMeaningfulChange:
        return _("no meaningful change");
    case Judgement::Worse:
        return _("worse");
    case Judgement::NotJudged:
        break;
    }
    return {};
}

std::string rulesText(const MeasureThresholds& thresholds)
{
    return formatMessage(
        _("A change counts as better or worse only when it reaches the measure's threshold; a smaller one is "
          "\u201cno meaningful change\u201d. Headache days: half the baseline or fewer is better (a responder), half "
          "as many again or more (and at least 1 day more) is worse. Headache intensity and neck pain (NPRS): {} "
          "points of 10. Neck Disability Index: {} points of 50 (10 percentage points). Headache Disability "
          "Index: {} points (Jacobson 1994). HIT-6: {} points (Coeytaux 2006). PSFS: {} points for the mean, {} "
          "for one activity. Neck range of motion and the flexion-rotation test: {}\u00b0, the practice's figure "
          "for measurement error. Medication days have no published threshold and are not judged."),
        numberText(kNprsImportantChange), numberText(kNdiMinimalImportantChange),
        numberText(kHdiMinimalDetectableChange), numberText(kHit6ImportantChange),
        numberText(kPsfsMeanImportantChange), numberText(kPsfsActivityImportantChange), thresholds.romDegrees);
}

} // namespace knotwork::plans
