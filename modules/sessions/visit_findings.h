#pragma once

#include <map>
#include <optional>

#include "sessions/soap_note.h"

namespace knotwork::sessions {

// What one signed note contributes to a client's progress: the diary since the last visit, the
// pain, the neck's range of motion and the flexion-rotation test. The store keeps these beside
// the note when it is signed, so progress over years of visits never reads a note body.
struct VisitFindings {
    NoteId noteId = 0;
    Date visitDate{boost::gregorian::not_a_date_time};
    int diaryDays = 28;  // 0 when the visit recorded no diary (a referral visit may not)
    std::optional<int> headacheDays;
    std::optional<int> averageIntensity;
    std::optional<int> worstIntensity;
    std::optional<int> medicationDays;
    std::map<RomDirection, RomMeasure> rom;
    std::optional<int> cfrtLeft;
    std::optional<int> cfrtRight;
    std::optional<int> painBefore;
    std::optional<int> painAfter;

    // Headache days scaled to a 30-day month.
    std::optional<double> headacheDaysPerMonth() const;
    std::optional<double> medicationDaysPerMonth() const;
    // The range at the start of the visit (the lasting change between visits), else after
    // treatment when only that was measured.
    std::optional<int> romAtArrival(RomDirection direction) const;

    friend bool operator==(const VisitFindings&, const VisitFindings&) = default;
};

VisitFindings findingsOf(const SoapNote& note);

// Days of a diary scaled to a 30-day month, for comparing diaries of different lengths.
std::optional<double> scaledToMonth(const std::optional<int>& days, int diaryDays);

} // namespace knotwork::sessions
