#pragma once

#include <map>
#include <optional>
#include <vector>

#include "clients/practice_settings.h"
#include "sessions/soap_note.h"

namespace knotwork::sessions {

// Typical adult active range and the range a form accepts, in degrees (DOMAIN.md).
struct RomLimits {
    int typical = 0;  // flexion 50, extension 80, rotation 80, lateral flexion 45
    int highest = 0;  // the most a form accepts
};
RomLimits romLimits(RomDirection direction);
// The typical active range for the client's age: the adult norm under 40, about 10 % less from
// 40 and 20 % less from 60, rounded to 5° (the decline with age Youdas et al. 1992 reported, in
// round figures). Without an age, the adult norm.
int typicalRomForAge(RomDirection direction, const std::optional<int>& ageYears);

// The cervical flexion-rotation test (Hall et al. 2010): about 44° each side without symptoms.
// A side is restricted at the practice's cut-off or less (30°, or Hall's other cut-off 32°, a
// practice setting), or when it is 10° or more below the other side.
using clients::cfrtCutoffAllowed;
using clients::kCfrtDefaultCutoff;
using clients::kCfrtOtherCutoff;
constexpr int kCfrtMeaningfulDifference = 10;
constexpr int kCfrtTypical = 44;
constexpr int kCfrtHighest = 60;

struct CfrtSide {
    std::optional<int> degrees;
    bool atOrBelowCutoff = false;  // ≤ the cut-off
    bool belowOtherSide = false;   // 10° or more below the other side
    bool restricted() const { return atOrBelowCutoff || belowOtherSide; }
};
struct CfrtResult {
    CfrtSide left;
    CfrtSide right;
    std::optional<int> difference;  // |left − right|, both sides measured
    bool differenceMeaningful() const { return difference && *difference >= kCfrtMeaningfulDifference; }
    // The side to work on: the restricted one, the lower when both are; none when neither is.
    std::optional<BodySide> restrictedSide() const;
};
CfrtResult assessCfrt(const std::optional<int>& left, const std::optional<int>& right, int cutoff);
// The cut-off a note's test was judged by: the one recorded with it, else the default.
int cfrtCutoffOf(const Objective& objective);

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

// What a store keeps of a note it is handed as a new draft: the content, unsigned, no addenda.
SoapNote asNewDraft(SoapNote note);

} // namespace knotwork::sessions
