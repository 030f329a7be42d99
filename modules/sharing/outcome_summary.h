#pragma once

#include <optional>
#include <string>
#include <vector>

#include "plans/goal_progress.h"

namespace knotwork::sharing {

// One line of a progress report's outcomes table: where a measure started (the first value on
// record, the start of care) and where it is now (the last value in the period).
struct OutcomeRow {
    std::string label;  // translated: "Headache days per month", "Rotation left"
    std::string unit;   // "days", "/10", "°", "%" or empty
    plans::MetricPoint baseline;
    plans::MetricPoint latest;
    bool lowerIsBetter = true;
    // The smallest change the measure's authors call clinically meaningful, where published.
    std::optional<double> meaningfulChange;
    // Headache days: judged by the responder rule (a 50 % reduction) rather than by points.
    bool responderRule = false;

    double change() const { return latest.value - baseline.value; }
    bool improved() const { return lowerIsBetter ? change() < 0 : change() > 0; }
    bool meaningful() const;
    // Headache days: how far they fell from the baseline (0.5: halved), and whether by 50 % or more.
    std::optional<double> reduction() const;
    bool responder() const;
};

// The outcome rows of a client's record up to `to`, latest values taken within from…to:
// headache diary, intensity, medication days, NDI, HDI, PSFS (the mean over the baseline's
// activities, then each baseline activity), HIT-6, NPRS, cervical range of motion per direction
// (at arrival) and the flexion-rotation test per side. Measures with no value in the period are
// left out.
std::vector<OutcomeRow> outcomesOf(const plans::ProgressData& data, const Date& from, const Date& to);

} // namespace knotwork::sharing
