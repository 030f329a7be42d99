#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

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

// One screening: the issues found at intake or at a visit's re-screen. Screenings are appended,
// never changed, so the chart shows when each finding was raised.
struct Screening {
    long long id = 0;
    Timestamp screenedAt = Timestamp::now();
    std::set<SafetyIssue> issues;
    std::string notes;
    std::string screenedBy;  // filled by the store from the signed-in person

    friend bool operator==(const Screening&, const Screening&) = default;
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

    friend bool operator==(const Clearance&, const Clearance&) = default;
};

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

    bool blocksTreatment() const
    {
        return status == SafetyStatus::ReferBeforeTreatment
            || status == SafetyStatus::ClearanceRequired;
    }
};

// The client's status from their screening history (oldest first) and clearances. A clearance
// covers an issue only if the issue has been found in every screening since the clearance was
// recorded: an issue that went away and came back is new and re-opens the status.
SafetyAssessment assessSafety(const std::vector<Screening>& history,
                              const std::vector<Clearance>& clearances, const Date& today);
// The same for one screening taken as current (a form being filled in, a generated record): the
// clearances cover the issues they list.
SafetyAssessment assessSafety(const std::optional<Screening>& latest,
                              const std::vector<Clearance>& clearances, const Date& today);

// What the status would be with no clearance at all: what an expired clearance falls back to.
SafetyStatus statusWithoutClearances(const SafetyAssessment& assessment);

// Treatment (signing a note, booking) may go ahead: either nothing blocks it or the therapist
// gives a reason for overriding, which the caller records. Throws ValidationError on
// "override_reason" (rule "override-needs-reason") otherwise.
void requireTreatmentAllowed(const SafetyAssessment& assessment,
                             const std::string& overrideReason);

// The badge text of a status ("Refer", "Clearance needed", "Cleared until 12 Mar 2027") and the
// tooltip saying why, translated. The date is formatted by the caller's locale-aware formatter.
std::string statusLabel(SafetyStatus status);
std::string statusExplanation(const SafetyAssessment& assessment);

} // namespace knotwork::clients
