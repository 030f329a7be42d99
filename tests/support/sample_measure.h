#pragma once
// A Neck Disability Index with one item unanswered (33.3 %): for tests whose subject is what
// happens to a measure, not its scoring.

#include "plans/outcome_measure.h"

namespace knotwork::testing {

inline plans::OutcomeMeasure ndi(clients::ClientId client, const Date& on)
{
    plans::OutcomeMeasure measure;
    measure.clientId = client;
    measure.kind = plans::MeasureKind::Ndi;
    measure.takenOn = on;
    measure.answers = {2, 1, 0, 3, 2, 1, std::nullopt, 2, 3, 1};
    return measure;
}

} // namespace knotwork::testing
