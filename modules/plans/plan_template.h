#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "clients/practice_settings.h"
#include "plans/goal_progress.h"
#include "plans/treatment_plan.h"

namespace knotwork::plans {

// A goal as a template states it: the target follows from the client's baseline.
struct GoalTemplate {
    GoalMetric metric = GoalMetric::HeadacheDaysPerMonth;
    std::optional<sessions::RomDirection> direction;
    std::string activity;
    // target = baseline × (1 + relativeChange) + pointsChange, kept within the metric's range;
    // a ROM target stops at the typical adult range.
    double relativeChange = 0;  // −0.5: halve
    double pointsChange = 0;    // −2: two points lower
    int weeks = 12;             // target date: weeks after the plan's start
    int phase = 0;

    friend bool operator==(const GoalTemplate&, const GoalTemplate&) = default;
};

// A starting point for a plan, stored in the practice so a therapist can keep their own. The
// built-in ones (tension-type and cervicogenic headache) follow DOMAIN.md and the seed article.
struct PlanTemplate : TreatmentCourse {
    TemplateId id = 0;
    std::string name;
    PlanFocus focus = PlanFocus::TensionType;
    int reviewAfterWeeks = 6;
    std::vector<GoalTemplate> goals;
    int rowVersion = 0;

    // The built-in templates have negative ids and are never stored; a therapist keeps a changed
    // copy as their own.
    bool builtIn() const { return id < 0; }
};

// Built-in: tension-type (id −1) and cervicogenic headache (id −2).
std::vector<PlanTemplate> builtInTemplates();

// A plan's shape kept as a template named `name`: its treatment and phases, and each goal's
// target as the points it lay from the baseline, due as many weeks after the start.
PlanTemplate templateFrom(const TreatmentPlan& plan, std::string name);

// A goal template the client's data could not fill in, and why.
struct SkippedGoal {
    GoalTemplate goal;
    std::string reason;  // "No NDI on file yet", "Already at the typical range"
};

struct InstantiatedPlan {
    TreatmentPlan plan;
    std::vector<SkippedGoal> skipped;
};

// A new plan for the client from the template, starting on `start`: baselines are the latest
// values on or before that day (notes, measures, else the intake's headache history). A target
// is never 0 nor beyond the measure: a goal whose change leaves no room (an HDI baseline of 29 or
// less against the HDI's 29 points, an NDI of 10 % or less against 10 points) is skipped with the
// reason. ROM targets stop at the typical range for the client's age; a flexion-rotation goal is
// set on the restricted side (by the practice's cut-off), 10° up, stopping at 44°.
struct IntakeBaselines {
    std::optional<int> headacheDaysPerMonth;
    std::optional<int> usualIntensity;
    std::optional<int> ageYears{};                    // on the start day
    int cfrtCutoff = clients::kCfrtDefaultCutoff;     // the practice's
};
InstantiatedPlan instantiate(const PlanTemplate& planTemplate, ClientId client, const Date& start,
                             const ProgressData& data, const IntakeBaselines& intake);

// The intake's value for a goal of `metric` (headache days, usual intensity), if it has one.
std::optional<double> intakeBaseline(GoalMetric metric, const IntakeBaselines& intake);

} // namespace knotwork::plans
