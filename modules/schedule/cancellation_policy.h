#pragma once

#include <string>

namespace knotwork::schedule {

// The practice's cancellation policy, disclosed before the first visit: the client's acceptance
// of its wording is recorded at intake with the version below, and a client's cancellation with
// less notice than the window is a late cancellation.
struct CancellationPolicy {
    std::string text;          // the policy as the client reads it
    std::string version;       // the wording's version, recorded with each acceptance: "2026-1"
    int lateWindowHours = 24;  // 0–168: less notice than this is late
    long long lateFeeCents = 0;    // charged for a late cancellation, if any
    long long noShowFeeCents = 0;  // charged for a no-show, if any

    friend bool operator==(const CancellationPolicy&, const CancellationPolicy&) = default;
};

} // namespace knotwork::schedule
