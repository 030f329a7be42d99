#pragma once

#include <optional>
#include <string>
#include <vector>

#include "plans/outcome_measure.h"

namespace knotwork::plans {

// The Patient-Specific Functional Scale compares like with like: a follow-up rates the
// activities the client named at the baseline (DOMAIN.md). A change of 2 in the mean or 3 in
// one activity is meaningful (measure_scoring.h).

// The PSFS a follow-up taken on `day` is compared with: the first one on record on or before
// that day, voided ones left out; none when there is none (this one would be the baseline).
std::optional<OutcomeMeasure> psfsBaseline(const std::vector<OutcomeMeasure>& measures, const Date& day);

// One activity's rating in a measure, the name matched ignoring case and accents.
std::optional<int> activityRating(const OutcomeMeasure& measure, const std::string& activity);

// The baseline's activities that `followUp` does not rate, in the baseline's order.
std::vector<std::string> missingBaselineActivities(const OutcomeMeasure& baseline,
                                                   const OutcomeMeasure& followUp);

// The mean rating of the baseline's activities in `measure`: the PSFS score compared over the
// same activities. None unless every one of them is rated.
std::optional<double> meanOverActivities(const OutcomeMeasure& measure,
                                         const std::vector<ActivityRating>& baselineActivities);

} // namespace knotwork::plans
