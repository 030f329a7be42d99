#include "plans/measure_scoring.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <fmt/format.h>

#include "common/i18n.h"
#include "plans/plan_choices.h"

namespace knotwork::plans {

NdiBand ndiBand(double totalOutOf50)
{
    if (totalOutOf50 < 5)
        return NdiBand::None;
    if (totalOutOf50 < 15)
        return NdiBand::Mild;
    if (totalOutOf50 < 25)
        return NdiBand::Moderate;
    if (totalOutOf50 < 35)
        return NdiBand::Severe;
    return NdiBand::Complete;
}

std::optional<NdiScore> scoreNdi(const std::vector<std::optional<int>>& sections)
{
    NdiScore score;
    for (const std::optional<int>& answer : sections) {
        if (!answer)
            continue;
        ++score.answered;
        score.raw += *answer;
    }
    if (score.answered < kNdiSections - kNdiMostSkipped)
        return std::nullopt;
    score.percent = 100.0 * score.raw / (5.0 * score.answered);
    score.equivalentTotal = score.percent / 2;
    score.band = ndiBand(score.equivalentTotal);
    return score;
}

bool hdiItemIsEmotional(int itemNumber)
{
    static constexpr int kEmotional[] = {1, 3, 5, 6, 8, 9, 10, 11, 12, 14, 20, 22, 23};
    return std::ranges::find(kEmotional, itemNumber) != std::end(kEmotional);
}

int hdiPoints(HdiAnswer answer)
{
    switch (answer) {
    case HdiAnswer::Yes: return 4;
    case HdiAnswer::Sometimes: return 2;
    case HdiAnswer::No: return 0;
    }
    return 0;
}

HdiBand hdiBand(int total)
{
    if (total < 10)
        return HdiBand::None;
    if (total <= 28)
        return HdiBand::Mild;
    if (total <= 48)
        return HdiBand::Moderate;
    if (total <= 68)
        return HdiBand::Severe;
    return HdiBand::Complete;
}

std::optional<HdiScore> scoreHdi(const std::vector<std::optional<int>>& items)
{
    if (items.size() != kHdiItems)
        return std::nullopt;
    HdiScore score;
    for (int number = 1; number <= kHdiItems; ++number) {
        const std::optional<int>& answer = items[number - 1];
        if (!answer)
            return std::nullopt;
        (hdiItemIsEmotional(number) ? score.emotional : score.functional) += *answer;
    }
    score.total = score.emotional + score.functional;
    score.band = hdiBand(score.total);
    return score;
}

std::optional<double> scorePsfs(const std::vector<ActivityRating>& activities)
{
    if (activities.empty())
        return std::nullopt;
    double sum = 0;
    for (const ActivityRating& activity : activities)
        sum += activity.rating;
    return sum / static_cast<double>(activities.size());
}

std::optional<double> headacheDayReduction(double baselineDays, double latestDays)
{
    if (baselineDays <= 0)
        return std::nullopt;
    return (baselineDays - latestDays) / baselineDays;
}

bool isResponder(double baselineDays, double latestDays)
{
    const auto reduction = headacheDayReduction(baselineDays, latestDays);
    return reduction && *reduction >= kResponderReduction - 1e-9;
}

bool hit6TotalPossible(int total)
{
    // The totals reachable with one item more, item by item.
    std::set<int> reachable{0};
    for (int item = 0; item < kHit6Items; ++item) {
        std::set<int> next;
        for (const int sum : reachable)
            for (const int score : kHit6ItemScores)
                next.insert(sum + score);
        reachable = std::move(next);
    }
    return reachable.contains(total);
}

Hit6Band hit6Band(int total)
{
    if (total <= 49)
        return Hit6Band::Little;
    if (total <= 55)
        return Hit6Band::Some;
    if (total <= 59)
        return Hit6Band::Substantial;
    return Hit6Band::Severe;
}

std::optional<double> headlineScore(const OutcomeMeasure& measure)
{
    switch (measure.kind) {
    case MeasureKind::Ndi:
        if (const auto ndi = scoreNdi(measure.answers))
            return ndi->percent;
        return std::nullopt;
    case MeasureKind::Hdi:
        if (const auto hdi = scoreHdi(measure.answers))
            return hdi->total;
        return std::nullopt;
    case MeasureKind::Psfs:
    case MeasureKind::FunctionalRating:
        return scorePsfs(measure.activities);
    case MeasureKind::Nprs:
        if (measure.total)
            return *measure.total;
        return std::nullopt;
    case MeasureKind::Hit6:
        if (measure.total && hit6TotalPossible(*measure.total))
            return *measure.total;
        return std::nullopt;
    }
    return std::nullopt;
}

bool lowerIsBetter(MeasureKind kind)
{
    return kind != MeasureKind::Psfs && kind != MeasureKind::FunctionalRating;
}

namespace {

std::string oneDecimal(double value)
{
    const double rounded = std::round(value * 10) / 10;
    return fmt::format("{:.{}f}", rounded, rounded == std::floor(rounded) ? 0 : 1);
}

} // namespace

std::string describeScore(const OutcomeMeasure& measure)
{
    const std::string name = labelOf(measure.kind);
    switch (measure.kind) {
    case MeasureKind::Ndi:
        if (const auto ndi = scoreNdi(measure.answers))
            return formatMessage(_("{} {} % ({})"), name, oneDecimal(ndi->percent),
                                 labelOf(ndi->band));
        break;
    case MeasureKind::Hdi:
        if (const auto hdi = scoreHdi(measure.answers))
            return formatMessage(_("{} {} ({})"), name, hdi->total, labelOf(hdi->band));
        break;
    case MeasureKind::Psfs:
        if (const auto mean = scorePsfs(measure.activities))
            return formatMessage(_("{} {}"), name, oneDecimal(*mean));
        break;
    case MeasureKind::FunctionalRating:
        if (!measure.activities.empty())
            return formatMessage(_("{}: {}/10"), measure.activities.front().activity,
                                 measure.activities.front().rating);
        break;
    case MeasureKind::Nprs:
        if (measure.total)
            return formatMessage(_("{} {}/10"), name, *measure.total);
        break;
    case MeasureKind::Hit6:
        if (measure.total && hit6TotalPossible(*measure.total))
            return formatMessage(_("{} {} ({})"), name, *measure.total,
                                 labelOf(hit6Band(*measure.total)));
        break;
    }
    return formatMessage(_("{}: not scored"), name);
}

} // namespace knotwork::plans
