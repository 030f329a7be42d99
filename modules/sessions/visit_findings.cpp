#include "sessions/visit_findings.h"

namespace knotwork::sessions {

std::optional<double> scaledToMonth(const std::optional<int>& days, int diaryDays)
{
    if (!days || diaryDays <= 0)
        return std::nullopt;
    return *days * 30.0 / diaryDays;
}

std::optional<double> VisitFindings::headacheDaysPerMonth() const
{
    return scaledToMonth(headacheDays, diaryDays);
}

std::optional<double> VisitFindings::medicationDaysPerMonth() const
{
    return scaledToMonth(medicationDays, diaryDays);
}

std::optional<int> VisitFindings::romAtArrival(RomDirection direction) const
{
    const auto measure = rom.find(direction);
    if (measure == rom.end())
        return std::nullopt;
    return measure->second.before ? measure->second.before : measure->second.after;
}

VisitFindings findingsOf(const SoapNote& note)
{
    const Subjective& s = note.subjective;
    return {
        .noteId = note.id,
        .visitDate = note.visitDate,
        .diaryDays = s.diaryDays.value_or(0),
        .headacheDays = s.headacheDays,
        .averageIntensity = s.averageIntensity,
        .worstIntensity = s.worstIntensity,
        .medicationDays = s.medicationDays,
        .rom = note.objective.rom,
        .cfrtLeft = note.objective.cfrtLeft,
        .cfrtRight = note.objective.cfrtRight,
        .painBefore = note.assessment.painBefore,
        .painAfter = note.assessment.painAfter,
    };
}

} // namespace knotwork::sessions
