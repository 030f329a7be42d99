#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "clients/provider.h"
#include "common/calendar_date.h"

namespace knotwork::clients {

// Headache types as a provider diagnosed them (ICHD-3 names, DOMAIN.md). Knotwork records a
// diagnosis; it never proposes one.
enum class HeadacheType {
    TensionType,
    Migraine,
    Cluster,
    Cervicogenic,
    PostTraumatic,
    Sinus,
    MedicationOveruse,
    Other,
};

// A diagnosis on file: which type, by whom, when.
struct Diagnosis {
    HeadacheType type = HeadacheType::TensionType;
    std::optional<ProviderId> providerId;  // a provider of the care team, or…
    std::string diagnosedBy;               // …a name typed in when they are not on file
    std::optional<Date> diagnosedOn;
    std::string notes;
    // The ICD-10 code as the provider wrote it ("G44.209"): copied for a superbill, never chosen
    // by the therapist; empty when the provider gave none.
    std::string icd10Code = {};

    friend bool operator==(const Diagnosis&, const Diagnosis&) = default;
};

enum class HeadacheTrigger {
    SustainedPosture,
    ScreenWork,
    Stress,
    PoorSleep,
    Dehydration,
    CaffeineOrStimulants,
    JawClenching,
    NeckMovements,
};

enum class NeckMovement {
    TurnRight,
    TurnLeft,
    EarToRightShoulder,
    EarToLeftShoulder,
    LookUp,
    LookDown,
};

enum class PosturePattern {
    ForwardHead,
    RoundedShoulders,
    ElevatedShoulder,
};

// The kinds of acute headache medication a client takes; they set the medication-overuse
// threshold (ICHD-3 8.2): simple painkillers on 15 days a month or more, the others on 10.
enum class AcuteMedication {
    SimplePainkiller,       // paracetamol, ibuprofen, aspirin
    CombinationPainkiller,  // with caffeine or codeine
    Triptan,
    Ergot,
    Opioid,
};

// The headache history the client gives at intake.
struct HeadacheProfile {
    std::string onset;                       // "about 2 years ago, after a new job"
    std::string mechanism;                   // "rear-end car accident (whiplash)"
    std::optional<Date> mechanismDate;
    std::string imagingFindings;
    std::optional<int> headacheDaysPerMonth;   // 0–31
    std::optional<int> usualIntensity;         // 0–10
    std::optional<double> usualDurationHours;  // 0–168
    std::set<HeadacheTrigger> triggers;
    std::string otherTriggers;
    std::set<NeckMovement> aggravatingMovements;
    std::set<PosturePattern> posture;
    std::string medications;
    std::optional<int> medicationDaysPerMonth;  // 0–31
    std::set<AcuteMedication> acuteMedications;

    friend bool operator==(const HeadacheProfile&, const HeadacheProfile&) = default;
};

} // namespace knotwork::clients
