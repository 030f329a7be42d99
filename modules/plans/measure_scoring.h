#pragma once

#include <optional>
#include <string>
#include <vector>

#include "plans/outcome_measure.h"

namespace knotwork::plans {

// Scoring by the published rules (DOMAIN.md "Outcome measures"). Every function takes the
// answers as entered; an answer out of range is a validation matter (measure_validation.h) and
// is not scored here.

enum class NdiBand { None, Mild, Moderate, Severe, Complete };
struct NdiScore {
    int answered = 0;
    int raw = 0;               // sum of the answered sections
    double percent = 0;        // raw out of 5 × answered, as %
    double equivalentTotal = 0;  // the percent on the 0–50 scale the bands use
    NdiBand band = NdiBand::None;
};
// Vernon: 10 sections 0–5; a skipped section scores out of 5 × answered; more than two skipped
// sections make the form unscorable (none returned).
constexpr int kNdiMostSkipped = 2;
constexpr double kNdiMinimalImportantChange = 5;  // points of the 0–50 total
std::optional<NdiScore> scoreNdi(const std::vector<std::optional<int>>& sections);
NdiBand ndiBand(double totalOutOf50);

// Jacobson's bands on the total: under 10 none, 10–28 mild, 30–48 moderate, 50–68 severe, 70 and
// over complete (totals are even).
enum class HdiBand { None, Mild, Moderate, Severe, Complete };
struct HdiScore {
    int total = 0;       // 0–100
    int emotional = 0;   // 13 items, 0–52
    int functional = 0;  // 12 items, 0–48
    HdiBand band = HdiBand::None;
};
// Jacobson: 25 items answered yes 4, sometimes 2, no 0. The published scoring has no rule for
// missing items, so a form with any item unanswered is not scored (none returned).
constexpr double kHdiMinimalDetectableChange = 29;  // total points, 95 % confidence
std::optional<HdiScore> scoreHdi(const std::vector<std::optional<int>>& items);
// Whether item n (1–25) belongs to the emotional subscale (else functional).
bool hdiItemIsEmotional(int itemNumber);
// The answers to an HDI item, in the paper form's order, and their points: yes 4, sometimes 2,
// no 0.
enum class HdiAnswer { Yes, Sometimes, No };
int hdiPoints(HdiAnswer answer);
HdiBand hdiBand(int total);

// PSFS: the mean of the 3–5 activity ratings. A change of 2 in the mean or 3 in one activity
// is meaningful.
constexpr double kPsfsMeanImportantChange = 2;
constexpr double kPsfsActivityImportantChange = 3;
std::optional<double> scorePsfs(const std::vector<ActivityRating>& activities);

constexpr double kNprsImportantChange = 1.5;

// Headache days: a reduction of at least 50 % from the baseline makes the client a "responder",
// the usual cut-off of headache trials.
constexpr double kResponderReduction = 0.5;
// How far headache days fell from the baseline, as a fraction (0.5: halved; negative when they
// rose); none when the baseline had no headache days.
std::optional<double> headacheDayReduction(double baselineDays, double latestDays);
bool isResponder(double baselineDays, double latestDays);

// HIT-6 (licensed: only the total is stored). Six items, each answered never 6, rarely 8,
// sometimes 10, very often 11 or always 13, so the total lies in 36–78 and is one of the sums
// such a set can make (37, 39 and 77 are not). A change of 2.3 points is meaningful (Coeytaux
// et al. 2006).
constexpr int kHit6Items = 6;
constexpr int kHit6ItemScores[] = {6, 8, 10, 11, 13};
constexpr int kHit6Lowest = kHit6Items * 6;
constexpr int kHit6Highest = kHit6Items * 13;
constexpr double kHit6ImportantChange = 2.3;
bool hit6TotalPossible(int total);

enum class Hit6Band { Little, Some, Substantial, Severe };
Hit6Band hit6Band(int total);

// The headline number of a measure: NDI %, HDI total, PSFS mean, NPRS, HIT-6 total, the
// functional rating. None when it cannot be scored (a HIT-6 total no answers can make).
std::optional<double> headlineScore(const OutcomeMeasure& measure);
// "NDI 24 % (moderate)", "HDI 46 (moderate)", "PSFS 5.3", "NPRS 4/10", "HIT-6 58 (substantial)".
std::string describeScore(const OutcomeMeasure& measure);
// Whether a lower headline score is better (NDI, HDI, NPRS, HIT-6) or a higher one (PSFS,
// functional rating).
bool lowerIsBetter(MeasureKind kind);

} // namespace knotwork::plans
