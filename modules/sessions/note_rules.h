#pragma once

#include <map>
#include <optional>
#include <vector>

#include "sessions/soap_note.h"

namespace knotwork::sessions {

// Typical adult active range and the range a form accepts, in degrees (DOMAIN.md).
struct RomLimits {
    int typical = 0;  // flexion 50, extension 80, rotation 80, lateral flexion 45
    int highest = 0;  // the most a form accepts
};
RomLimits romLimits(RomDirection direction);

// The cervical flexion-rotation test: at most 30° counts as positive (Hall et al. 2010).
constexpr int kCfrtPositiveAtMost = 30;
constexpr int kCfrtHighest = 60;
bool cfrtPositive(int degrees);

// Before → after of one measure, for the A section and the history.
struct Change {
    int before = 0;
    int after = 0;
    int delta() const { return after - before; }
};

struct RomChange {
    RomDirection direction = RomDirection::Flexion;
    Change change;
};

// Every direction measured both before and after, in the order of RomDirection.
std::vector<RomChange> romChanges(const Objective& objective);
std::optional<Change> painChange(const Assessment& assessment);

// Headache days scaled to a 30-day month, for comparing diaries of different lengths.
std::optional<double> headacheDaysPerMonth(const Subjective& subjective);

// The flags answered yes at the visit's re-screen.
std::set<clients::SafetyIssue> rescreenFound(const std::map<clients::SafetyIssue, bool>& rescreen);
// Flags answered yes that block treatment (red flags, cluster headache, recent trauma) and are
// not on the client's record yet (SafetyAssessment::raisedAt). Painkiller overuse is advisory.
std::set<clients::SafetyIssue> newRedFlags(const std::map<clients::SafetyIssue, bool>& rescreen,
                                           const std::set<clients::SafetyIssue>& onRecord);

// Signed more than 24 hours after the visit began (the visit's local date and time; without a
// time, the end of the visit day).
bool isLateEntry(const Date& visitDate,
                 const std::optional<TimeOfDay>& visitTime,
                 const Timestamp& signedAt);

// The key ROM of the history list: after treatment when measured, else before.
std::optional<int> keyRom(const Objective& objective, RomDirection direction);
NoteSummary summarize(const SoapNote& note);

} // namespace knotwork::sessions
