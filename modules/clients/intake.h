#pragma once

#include <optional>
#include <set>
#include <string>

#include "clients/headache_profile.h"

namespace knotwork::clients {

enum class HealthFlag {
    Pregnancy,
    Anticoagulants,
    Osteoporosis,
    RecentSurgery,
    OilOrLotionAllergy,
    Hypertension,
};

struct HealthHistory {
    std::string conditions;
    std::string allergies;
    std::set<HealthFlag> flags;
    std::string surgeryDetails;

    friend bool operator==(const HealthHistory&, const HealthHistory&) = default;
};

// Lifestyle as the client reports it; recommended ranges are in DOMAIN.md.
struct Lifestyle {
    std::optional<double> sleepHours;          // 0–24 (7–9 recommended)
    std::optional<double> waterLitresPerDay;   // 0–15
    std::optional<int> caffeineServingsPerDay; // 0–30
    std::optional<int> activityMinutesPerWeek; // 0–5000 (guideline 150)
    std::optional<int> stress;                 // 0–10

    friend bool operator==(const Lifestyle&, const Lifestyle&) = default;
};

enum class PressurePreference { Light, Moderate, Firm };

// Everything of the intake interview besides identity and safety screening.
struct Intake {
    HeadacheProfile headache;
    HealthHistory health;
    Lifestyle lifestyle;
    std::optional<PressurePreference> preferredPressure;
    std::string goals;  // in the client's own words

    friend bool operator==(const Intake&, const Intake&) = default;
};

} // namespace knotwork::clients
