#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "clients/client.h"
#include "clients/headache_profile.h"
#include "common/calendar_date.h"
#include "common/timestamp.h"
#include "sessions/soap_note.h"

namespace knotwork::plans {

using PlanId = long long;
using TemplateId = long long;
using clients::ClientId;

// What a plan works on, as the provider's diagnosis on file says (a massage therapist never
// decides it): tension-type, cervicogenic, or both.
enum class PlanFocus { TensionType, Cervicogenic, Mixed };

enum class PlanStatus { Active, OnHold, Completed, Discontinued };

// One step of the visit frequency: "weekly × 6", "every 2 weeks × 6", "every 4–6 weeks"
// (maintenance: no visit count, it lasts until the plan changes).
struct FrequencyPhase {
    int everyWeeks = 1;                 // 1–26
    std::optional<int> everyWeeksMost;  // the upper end of "every 4–6 weeks"
    std::optional<int> visits;          // 1–52; none for an open-ended phase

    friend bool operator==(const FrequencyPhase&, const FrequencyPhase&) = default;
};

// What a goal measures. Progress is always computed from notes and measures.
enum class GoalMetric {
    HeadacheDaysPerMonth,  // from the notes' diaries, scaled to 30 days
    AverageIntensity,      // 0–10, from the notes
    Rom,                   // degrees in one direction, at the start of each visit
    NdiPercent,            // Neck Disability Index, 0–100 %
    HdiTotal,              // Headache Disability Index, 0–100
    PsfsActivity,          // one PSFS activity's rating, 0–10
    FunctionalRating,      // a functional goal in the client's words, rated 0–10
    Cfrt,                  // the flexion-rotation test on one side (direction: rotation left or right)
    Nprs,                  // neck pain on the Numeric Pain Rating Scale, 0–10, from NPRS measures
};

struct Goal {
    int id = 0;  // 1, 2, … within the plan; kept when goals are edited
    GoalMetric metric = GoalMetric::HeadacheDaysPerMonth;
    std::optional<sessions::RomDirection> direction;  // Rom; Cfrt: rotation left or right
    std::string activity;  // PsfsActivity: the activity's name; FunctionalRating: the goal
    double baseline = 0;
    double target = 0;
    std::optional<Date> targetDate;
    int phase = 0;  // the frequency phase whose end this goal marks (index into phases)

    friend bool operator==(const Goal&, const Goal&) = default;
};

// What is done and how often: what a plan and a template share.
struct TreatmentCourse {
    std::set<sessions::Muscle> targetMuscles;
    std::set<sessions::TreatedRegion> regions;
    std::set<sessions::Technique> techniques;
    std::string precautions;
    std::set<sessions::HomeCare> homeProgramme;
    std::string homeProgrammeNotes;
    std::vector<FrequencyPhase> phases;
};

// One episode of care for one client.
struct TreatmentPlan : TreatmentCourse {
    PlanId id = 0;
    ClientId clientId = 0;
    PlanFocus focus = PlanFocus::TensionType;
    std::optional<TemplateId> templateId;  // the template it was started from, if any
    Date startDate{boost::gregorian::not_a_date_time};
    Date reviewDate{boost::gregorian::not_a_date_time};
    PlanStatus status = PlanStatus::Active;
    std::string statusReason;  // required when on hold or discontinued
    std::optional<Date> statusChangedOn;  // the day the status last changed (the end of a closed plan)

    int currentPhase = 0;
    Date phaseStartedOn{boost::gregorian::not_a_date_time};
    std::vector<Goal> goals;

    int rowVersion = 0;
    std::optional<Timestamp> createdAt;
    std::optional<Timestamp> updatedAt;

    const FrequencyPhase* phase() const
    {
        return currentPhase >= 0 && currentPhase < static_cast<int>(phases.size())
                   ? &phases[currentPhase]
                   : nullptr;
    }
    const Goal* goal(int goalId) const;
    bool open() const { return status == PlanStatus::Active || status == PlanStatus::OnHold; }
};

// A row of a client's plan list.
struct PlanSummary {
    PlanId id = 0;
    PlanFocus focus = PlanFocus::TensionType;
    Date startDate{boost::gregorian::not_a_date_time};
    Date reviewDate{boost::gregorian::not_a_date_time};
    PlanStatus status = PlanStatus::Active;
    int currentPhase = 0;
    int phaseCount = 0;
    int goalCount = 0;
};

// The focus the diagnoses on file support: tension-type, cervicogenic, or both (mixed); none
// when neither is on file (no headache plan can be started).
std::optional<PlanFocus> focusFromDiagnoses(const std::vector<clients::Diagnosis>& diagnoses);
// Whether the diagnoses on file include every type the focus names.
bool diagnosesSupport(PlanFocus focus, const std::vector<clients::Diagnosis>& diagnoses);

} // namespace knotwork::plans
