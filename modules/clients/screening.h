#pragma once

#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "clients/intake.h"
#include "clients/provider.h"
#include "common/calendar_date.h"
#include "common/timestamp.h"

namespace knotwork::clients {

// Findings that stop or delay massage until a physician has seen the client (DOMAIN.md, Safety
// screening). The first group are red flags (refer before treatment); cluster headache and recent
// head/neck trauma need a medical clearance; painkiller overuse only suggests a referral.
enum class SafetyIssue {
    FeverOrSystemicIllness,
    CancerOrImmuneSuppression,
    NeurologicalDeficit,
    SuddenSevereOnset,
    NewHeadacheAfterFifty,
    NewOrChangedPattern,
    Positional,
    CoughStrainOrExertion,
    VisionChanges,
    ProgressiveOrAtypical,
    PregnancyOrPostpartum,
    PainfulEyeWithAutonomicSigns,
    ArterySymptomsWithNeckPain,   // dizziness, double vision, trouble speaking with acute neck pain
    PainkillerOveruse,
    ClusterHeadache,
    RecentHeadOrNeckTrauma,
};

enum class IssueKind { RedFlag, ClearanceRequired, Advisory };
IssueKind issueKind(SafetyIssue issue);

// Current flags are asked at every visit ("present today?"); the others are history, asked at
// intake and never re-asked as present today.
bool isCurrentFlag(SafetyIssue issue);
// The current flags in the order forms ask them.
const std::vector<SafetyIssue>& currentFlags();

enum class ScreeningKind {
    Intake,  // the intake form: every issue asked
    Visit,   // a visit's re-screen: the current flags asked, each answered yes or no
    Diary,   // the headache diary of the signed notes: painkiller overuse only
};

// One screening: the issues found at intake or at a visit's re-screen. Screenings are appended,
// never changed, so the chart shows when each finding was raised.
struct Screening {
    long long id = 0;
    Timestamp screenedAt = Timestamp::now();
    ScreeningKind kind = ScreeningKind::Intake;
    std::set<SafetyIssue> issues;              // found: answered yes
    std::optional<Date> pregnancyEndsOn;       // with PregnancyOrPostpartum: when the period ends
    std::string notes;
    std::string screenedBy;  // filled by the store from the signed-in person

    bool asked(SafetyIssue issue) const
    {
        switch (kind) {
        case ScreeningKind::Intake: return true;
        case ScreeningKind::Visit: return isCurrentFlag(issue);
        case ScreeningKind::Diary: return issue == SafetyIssue::PainkillerOveruse;
        }
        return false;
    }

    friend bool operator==(const Screening&, const Screening&) = default;
};

// Why a flag on record was taken off it. A tick removed at a later screening is not a withdrawal:
// only this recorded event (or a clearance) lifts a flag.
enum class WithdrawalReason {
    EnteredInError,
    ResolvedConfirmedByProvider,
    PregnancyPeriodOver,
};

struct FlagWithdrawal {
    long long id = 0;
    SafetyIssue issue = SafetyIssue::FeverOrSystemicIllness;
    WithdrawalReason reason = WithdrawalReason::EnteredInError;
    std::string details;      // who confirmed it, or what was entered wrongly
    Timestamp withdrawnAt = Timestamp::now();
    std::string withdrawnBy;  // filled by the store from the signed-in person

    friend bool operator==(const FlagWithdrawal&, const FlagWithdrawal&) = default;
};

// A lapsed clearance extended once by the therapist, with nothing new found since.
struct ClearanceExtension {
    Date extendedTo{boost::gregorian::not_a_date_time};
    std::string reason;
    Timestamp recordedAt = Timestamp::now();
    std::string recordedBy;  // filled by the store

    friend bool operator==(const ClearanceExtension&, const ClearanceExtension&) = default;
};

// A provider's written go-ahead for massage. It covers the issues open when it was recorded; an
// issue found later re-opens the status.
struct Clearance {
    long long id = 0;
    std::optional<ProviderId> providerId;
    std::string providerName;            // as on the letter, when the provider is not on file
    Date clearedOn{boost::gregorian::not_a_date_time};
    std::string conditions;              // "no neck manipulation"
    std::optional<Date> expiresOn;
    std::set<SafetyIssue> covers;        // filled when recorded: the issues it resolves
    std::optional<long long> letterAttachmentId;
    Timestamp recordedAt = Timestamp::now();
    std::optional<ClearanceExtension> extension;

    // The last day it holds: the extension's when there is one.
    std::optional<Date> lastDay() const { return extension ? extension->extendedTo : expiresOn; }

    friend bool operator==(const Clearance&, const Clearance&) = default;
};

// Everything the status is computed from, as recorded (oldest first): the screenings and what
// lifted their flags, the provider's diagnoses on file (a cluster or post-traumatic headache
// needs a clearance) and the intake's health history (precautions).
struct SafetyRecord {
    std::span<const Screening> screenings;
    std::span<const FlagWithdrawal> withdrawals;
    std::span<const Clearance> clearances;
    std::span<const Diagnosis> diagnoses = {};
    std::set<HealthFlag> healthFlags = {};
};

// The issue a provider's diagnosis puts on record, if any: cluster headache, and post-traumatic
// headache as recent head or neck trauma.
std::optional<SafetyIssue> issueOfDiagnosis(HeadacheType type);

// What a precaution changes in the treatment ("positioning", "pressure, no manipulation"),
// translated. Every health flag of the intake is a precaution: shown, printed, never a block.
std::string precautionAdvice(HealthFlag flag);
// "Pregnant (positioning); Osteoporosis (pressure, no manipulation)".
std::string precautionsText(const std::set<HealthFlag>& precautions);

enum class SafetyStatus {
    Clear,               // nothing found
    ReferBeforeTreatment,
    ClearanceRequired,
    Cleared,             // every open issue covered by a current clearance
};

// What the screening history and clearances mean today: the one place the rules are applied.
struct SafetyAssessment {
    SafetyStatus status = SafetyStatus::Clear;
    std::set<SafetyIssue> openIssues;      // blocking, not covered by a current clearance
    std::set<SafetyIssue> clearedIssues;   // blocking, covered
    std::set<SafetyIssue> advisories;      // painkiller overuse: suggest a referral, do not block
    std::optional<Date> clearedUntil;      // earliest expiry among the clearances relied on
    std::vector<Clearance> expiredClearances;  // clearances that would have covered an open issue
    std::map<SafetyIssue, Timestamp> raisedAt;  // when each flag on record was (last) raised
    std::set<SafetyIssue> fromDiagnosis;        // on record through a provider's diagnosis
    std::set<HealthFlag> precautions;           // change how massage is given, never whether
    // The lapsed clearance the therapist may extend: every open issue is one it covered, nothing
    // was found since, and it was never extended.
    std::optional<long long> extendableClearanceId;

    bool blocksTreatment() const
    {
        return status == SafetyStatus::ReferBeforeTreatment
            || status == SafetyStatus::ClearanceRequired;
    }
    std::set<SafetyIssue> flagsOnRecord() const
    {
        std::set<SafetyIssue> flags;
        for (const auto& [issue, raised] : raisedAt)
            flags.insert(issue);
        return flags;
    }
    // The flags on record a withdrawal can lift: those a diagnosis on file keeps are cleared only.
    std::vector<SafetyIssue> withdrawableFlags() const
    {
        std::vector<SafetyIssue> flags;
        for (const auto& [issue, raised] : raisedAt)
            if (!fromDiagnosis.contains(issue))
                flags.push_back(issue);
        return flags;
    }
};

// The client's status from everything on record. A flag found at a screening stays on record
// until a withdrawal recorded after it lifts it: a later screening that does not find it does not.
// A clearance covers a flag only if it was recorded after the flag was last raised: a flag that
// a screening asked about and did not find, and a later one found again, is raised anew.
SafetyAssessment assessSafety(const SafetyRecord& record, const Date& today);

// What the status would be with no clearance at all: what an expired clearance falls back to.
SafetyStatus statusWithoutClearances(const SafetyAssessment& assessment);

// Why a history flag (isCurrentFlag false) cannot be answered at a visit's re-screen.
std::string historyFlagAtVisit(SafetyIssue issue);

// A treatment (signing a treatment note) may go ahead only when nothing blocks it: there is no
// override. Throws ValidationError on "safety" (rule "refer-before-treatment" or
// "clearance-required") naming the open issues and what can be charted instead.
void requireTreatmentAllowed(const SafetyAssessment& assessment);

// The badge text of a status ("Refer", "Clearance needed", "Cleared until 12 Mar 2027") and the
// tooltip saying why, translated. The date is formatted by the caller's locale-aware formatter.
std::string statusLabel(SafetyStatus status);
std::string statusExplanation(const SafetyAssessment& assessment);

} // namespace knotwork::clients
