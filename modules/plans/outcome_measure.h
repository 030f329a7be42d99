#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clients/client.h"
#include "common/calendar_date.h"
#include "common/timestamp.h"

namespace knotwork::plans {

using MeasureId = long long;

// The outcome measures of DOMAIN.md. Questionnaire wording is never reproduced: the client
// answers on the paper form and the therapist enters the answers by section or item number.
enum class MeasureKind {
    Ndi,              // Neck Disability Index: 10 sections, each 0–5
    Hdi,              // Headache Disability Index: 25 items, each 0, 2 or 4
    Psfs,             // Patient-Specific Functional Scale: 3–5 activities, each 0–10
    Nprs,             // Numeric Pain Rating Scale, 0–10
    Hit6,             // HIT-6 (licensed): the total only, 36–78
    FunctionalRating, // a functional goal in the client's words, rated 0–10
};

constexpr int kNdiSections = 10;
constexpr int kHdiItems = 25;

struct ActivityRating {
    std::string activity;  // in the client's words
    int rating = 0;        // 0 unable … 10 as before the problem

    friend bool operator==(const ActivityRating&, const ActivityRating&) = default;
};

// One completed measure. Entered, never changed: a wrong entry is voided with a reason and
// entered again, so what a report showed stays explained.
struct OutcomeMeasure {
    MeasureId id = 0;
    clients::ClientId clientId = 0;
    MeasureKind kind = MeasureKind::Nprs;
    Date takenOn{boost::gregorian::not_a_date_time};
    std::vector<std::optional<int>> answers;  // NDI: 10 sections; HDI: 25 items; empty = skipped
    std::vector<ActivityRating> activities;   // PSFS; FunctionalRating has exactly one
    std::optional<int> total;                 // NPRS and HIT-6
    std::string notes;

    std::optional<Timestamp> enteredAt;
    std::string enteredBy;
    std::optional<Timestamp> voidedAt;
    std::string voidReason;

    bool voided() const { return voidedAt.has_value(); }
};

} // namespace knotwork::plans
