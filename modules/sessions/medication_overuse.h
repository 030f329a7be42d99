#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "clients/headache_profile.h"
#include "sessions/diary_summary.h"

namespace knotwork::sessions {

// Medication overuse as ICHD-3 8.2 counts it from the headache diary: acute medication on 15 or
// more days a month when the client takes simple painkillers only, on 10 or more with triptans,
// combination painkillers, ergots or opioids (or when the kind is not on the intake), for three
// months in a row. It suggests asking the prescriber; it never stops treatment.
constexpr int kOveruseMonths = 3;
int overuseThreshold(const std::set<clients::AcuteMedication>& kinds);

struct MedicationOveruse {
    int threshold = 0;               // medication days a month
    std::vector<DiaryMonth> months;  // the three months, oldest first
};

// The diary's last three months, when they are calendar months in a row and each reaches the
// threshold; none otherwise.
std::optional<MedicationOveruse> medicationOveruse(const std::vector<DiaryMonth>& months,
                                                   const std::set<clients::AcuteMedication>& kinds);

// "Medication on 12, 14 and 11 days a month (Aug 2026 to Oct 2026; 10 or more for this kind of
// medication): possible medication-overuse headache (ICHD-3 8.2). Suggest the client speak to
// their prescriber." Months in ISO year-month.
std::string overuseAdvice(const MedicationOveruse& overuse);

} // namespace knotwork::sessions
