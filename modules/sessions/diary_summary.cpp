#include "sessions/diary_summary.h"

namespace knotwork::sessions {

namespace {

// Days counted over the diaries that recorded them, per 30 days.
struct DayCount {
    int days = 0;
    int covered = 0;

    void add(const std::optional<int>& value, int diaryDays)
    {
        if (!value || diaryDays <= 0)
            return;
        days += *value;
        covered += diaryDays;
    }
    std::optional<double> perMonth() const
    {
        return covered > 0 ? std::optional<double>(days * 30.0 / covered) : std::nullopt;
    }
};

struct MonthTotals {
    DiaryMonth month;
    DayCount headache, medication;
    int intensitySum = 0, intensityCount = 0;

    DiaryMonth finished() const
    {
        DiaryMonth done = month;
        done.headacheDaysPerMonth = headache.perMonth();
        done.medicationDaysPerMonth = medication.perMonth();
        if (intensityCount > 0)
            done.averageIntensity = static_cast<double>(intensitySum) / intensityCount;
        return done;
    }
};

} // namespace

std::vector<DiaryMonth> monthlyDiary(const std::vector<VisitFindings>& visits)
{
    std::vector<DiaryMonth> months;
    std::optional<MonthTotals> current;
    for (const VisitFindings& visit : visits) {
        const Date month(visit.visitDate.year(), visit.visitDate.month(), 1);
        if (current && current->month.month != month) {
            months.push_back(current->finished());
            current.reset();
        }
        if (!current) {
            current.emplace();
            current->month.month = month;
        }
        MonthTotals& totals = *current;
        ++totals.month.visits;
        totals.month.diaryDays += visit.diaryDays;
        totals.headache.add(visit.headacheDays, visit.diaryDays);
        totals.medication.add(visit.medicationDays, visit.diaryDays);
        if (visit.averageIntensity) {
            totals.intensitySum += *visit.averageIntensity;
            ++totals.intensityCount;
        }
    }
    if (current)
        months.push_back(current->finished());
    return months;
}

} // namespace knotwork::sessions
