#include "sessions/carry_forward.h"

#include <algorithm>

namespace knotwork::sessions {

namespace {

// Copies one field from the previous note and marks it, when the previous note had a value.
template <typename T>
void carry(SoapNote& note, const std::string& key, T& field, const T& previous)
{
    if (previous == T{})
        return;
    field = previous;
    note.carriedForward.insert(key);
}

} // namespace

const std::set<std::string>& carriedFieldKeys()
{
    static const std::set<std::string> keys = {
        "visit_minutes",        "subjective.triggers",  "objective.posture",     "objective.palpation",
        "objective.rom_instrument", "assessment.tolerance", "plan.techniques",       "plan.regions",
        "plan.muscles_treated", "plan.pressure",         "plan.duration_minutes",
        "plan.home_care",       "plan.next_visit_in_weeks",
    };
    return keys;
}

std::optional<int> proposedDiaryDays(const Date& visitDate, const std::optional<Date>& previousVisit)
{
    if (!previousVisit || visitDate.is_special() || previousVisit->is_special())
        return std::nullopt;
    return std::clamp(static_cast<int>((visitDate - *previousVisit).days()), 1, kLongestDiary);
}

SoapNote startNote(ClientId client, const Date& visitDate,
                   const std::optional<TimeOfDay>& visitTime,
                   const std::optional<SoapNote>& previous)
{
    SoapNote note;
    note.clientId = client;
    note.visitDate = visitDate;
    note.visitTime = visitTime;
    note.subjective.diaryDays =
        proposedDiaryDays(visitDate, previous ? std::optional<Date>(previous->visitDate) : std::nullopt);
    if (!previous)
        return note;

    note.carriedFromNoteId = previous->id;
    carry(note, "visit_minutes", note.visitMinutes, previous->visitMinutes);

    carry(note, "subjective.triggers", note.subjective.triggers, previous->subjective.triggers);
    carry(note, "objective.posture", note.objective.posture, previous->objective.posture);
    carry(note, "objective.palpation", note.objective.palpation, previous->objective.palpation);
    carry(note, "objective.rom_instrument", note.objective.romInstrument, previous->objective.romInstrument);
    carry(note, "assessment.tolerance", note.assessment.tolerance, previous->assessment.tolerance);
    const Plan& plan = previous->plan;
    carry(note, "plan.techniques", note.plan.techniques, plan.techniques);
    carry(note, "plan.regions", note.plan.regions, plan.regions);
    carry(note, "plan.muscles_treated", note.plan.musclesTreated, plan.musclesTreated);
    carry(note, "plan.pressure", note.plan.pressure, plan.pressure);
    carry(note, "plan.duration_minutes", note.plan.durationMinutes, plan.durationMinutes);
    carry(note, "plan.home_care", note.plan.homeCare, plan.homeCare);
    carry(note, "plan.next_visit_in_weeks", note.plan.nextVisitInWeeks, plan.nextVisitInWeeks);
    return note;
}

void markTouched(SoapNote& note, const std::string& fieldKey)
{
    note.carriedForward.erase(fieldKey);
}

} // namespace knotwork::sessions
