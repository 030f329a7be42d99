#include "plans/psfs_comparison.h"

#include "common/text_folding.h"

namespace knotwork::plans {

std::optional<OutcomeMeasure> psfsBaseline(const std::vector<OutcomeMeasure>& measures, const Date& day)
{
    const OutcomeMeasure* first = nullptr;
    for (const OutcomeMeasure& measure : measures)
        if (measure.kind == MeasureKind::Psfs && !measure.voided() && measure.takenOn <= day
            && (!first || measure.takenOn < first->takenOn))
            first = &measure;
    return first ? std::optional<OutcomeMeasure>(*first) : std::nullopt;
}

std::optional<int> activityRating(const OutcomeMeasure& measure, const std::string& activity)
{
    const std::string wanted = foldForSearch(activity);
    for (const ActivityRating& rating : measure.activities)
        if (foldForSearch(rating.activity) == wanted)
            return rating.rating;
    return std::nullopt;
}

std::vector<std::string> missingBaselineActivities(const OutcomeMeasure& baseline,
                                                   const OutcomeMeasure& followUp)
{
    std::vector<std::string> missing;
    for (const ActivityRating& activity : baseline.activities)
        if (!activityRating(followUp, activity.activity))
            missing.push_back(activity.activity);
    return missing;
}

std::optional<double> meanOverActivities(const OutcomeMeasure& measure,
                                         const std::vector<ActivityRating>& baselineActivities)
{
    if (baselineActivities.empty())
        return std::nullopt;
    double sum = 0;
    for (const ActivityRating& activity : baselineActivities) {
        const auto rating = activityRating(measure, activity.activity);
        if (!rating)
            return std::nullopt;
        sum += *rating;
    }
    return sum / static_cast<double>(baselineActivities.size());
}

} // namespace knotwork::plans
