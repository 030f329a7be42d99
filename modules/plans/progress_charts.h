#pragma once

#include <optional>
#include <vector>

#include "common/line_chart.h"
#include "plans/goal_progress.h"
#include "plans/phase_history.h"

namespace knotwork::plans {

constexpr std::size_t kVisitChartCount = 5;

// A client's progress as line charts, the same models the chart's Progress tab and the progress
// report draw: headache days and intensity, the neck's range of motion in pairs (flexion and
// extension, rotation, lateral flexion; at the start of each visit), neck pain (NPRS), NDI, HDI
// and PSFS over time, each plan goal drawn on its chart. The headache days chart shades the
// plan's frequency phases (phase_history.h) up to `until`, else the last visit. The note-based
// charts are always there (saying when there is no data yet); a measure's chart only once the
// measure has been taken or a goal asks for it. Points before `since` are left out. The
// kVisitChartCount note-based charts come first: headache days, intensity, the three pairs.
std::vector<LineChart> progressCharts(const ProgressData& data, const TreatmentPlan* plan,
                                      const std::optional<Date>& since = std::nullopt,
                                      const std::optional<Date>& until = std::nullopt);

} // namespace knotwork::plans
