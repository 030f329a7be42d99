#pragma once

#include <optional>
#include <vector>

#include "sessions/soap_note.h"

namespace knotwork::sharing {

// How often something was part of a visit: "Trigger-point pressure, 12 of 14 visits".
template <typename E>
struct Tally {
    E value;
    int visits = 0;

    friend bool operator==(const Tally&, const Tally&) = default;
};

// What was delivered over a period, from its signed notes: the frequency actually kept, the
// techniques, regions and muscles (most used first), session length and the immediate response.
struct TreatmentSummary {
    int visits = 0;
    std::optional<Date> first;
    std::optional<Date> last;
    std::optional<double> averageDaysBetween;  // from the first to the last visit
    std::vector<Tally<sessions::Technique>> techniques;
    std::vector<Tally<sessions::TreatedRegion>> regions;
    std::vector<Tally<sessions::Muscle>> muscles;
    std::vector<Tally<sessions::HomeCare>> homeCare;
    std::optional<int> averageMinutes;
    std::optional<double> averagePainBefore;  // 0–10, visits with both before and after
    std::optional<double> averagePainAfter;
};

TreatmentSummary summariseTreatment(const std::vector<sessions::SoapNote>& notes);

} // namespace knotwork::sharing
