#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "common/local_time.h"

namespace knotwork::schedule {

// One stretch of a day when the practice sees clients: 09:00–12:00.
struct OpeningHours {
    TimeOfDay opens;
    TimeOfDay closes;  // after opens, on the same day

    friend bool operator==(const OpeningHours&, const OpeningHours&) = default;
};

// The therapist's usual week. A weekday with no hours is closed.
struct WorkingWeek {
    // By boost::gregorian weekday number: 0 Sunday … 6 Saturday; each day's stretches in order,
    // not overlapping.
    std::array<std::vector<OpeningHours>, 7> days;
    std::optional<int> dailyCap;  // the most visits in one day, 1–20; none for no cap

    friend bool operator==(const WorkingWeek&, const WorkingWeek&) = default;
};

// Time away from the practice: a holiday, a course, an afternoon off. Whole days run from 00:00
// of the first to 00:00 after the last.
struct TimeOff {
    long long id = 0;
    LocalTime from{boost::posix_time::not_a_date_time};
    LocalTime to{boost::posix_time::not_a_date_time};  // after from
    std::string reason;                                 // "Statutory holiday", "Course"

    friend bool operator==(const TimeOff&, const TimeOff&) = default;
};

} // namespace knotwork::schedule
