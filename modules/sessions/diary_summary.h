#pragma once

#include <optional>
#include <vector>

#include "sessions/visit_findings.h"

namespace knotwork::sessions {

// The headache diary month by month, drawn from the signed notes: each note's diary (the days
// since the visit before) counts in the month of its visit. Days are scaled to 30 over the days
// the diaries of that month covered, so months with more or fewer visits compare.
struct DiaryMonth {
    Date month{boost::gregorian::not_a_date_time};  // the first day of the month
    int visits = 0;
    int diaryDays = 0;                            // days the month's diaries covered
    std::optional<double> headacheDaysPerMonth;   // per 30 days
    std::optional<double> averageIntensity;       // mean of the visits' averages, 0–10
    std::optional<double> medicationDaysPerMonth; // per 30 days
};

// Oldest month first; months without a signed visit are left out.
std::vector<DiaryMonth> monthlyDiary(const std::vector<VisitFindings>& visits);

} // namespace knotwork::sessions
