#pragma once

#include <optional>
#include <set>
#include <string>

#include "sessions/soap_note.h"

namespace knotwork::sessions {

// A new note for a visit, started from the client's previous note (the latest signed one before
// the visit), so only what changed needs typing. Carried: the visit's length, triggers,
// posture, palpation findings, what range of motion is measured with, techniques, regions, muscles, pressure, duration, home care,
// next visit and tolerance — each listed in `carriedForward` until touched. Not carried: the
// diary numbers, measurements, pain and free text, which describe one visit only, how the home
// programme was kept, and the re-screen, which starts unanswered: each visit asks again. The diary period is the one
// proposedDiaryDays gives.
SoapNote startNote(ClientId client, const Date& visitDate,
                   const std::optional<TimeOfDay>& visitTime,
                   const std::optional<SoapNote>& previous);

// The diary period a note proposes for a visit on `visitDate`: the days since the previous visit
// (1–90), or none at a client's first visit — there is no last visit, so the client says what
// period their diary covers.
std::optional<int> proposedDiaryDays(const Date& visitDate, const std::optional<Date>& previousVisit);

// The carried-forward field keys, in the order the editor shows them.
const std::set<std::string>& carriedFieldKeys();

// The therapist changed or confirmed a field: it is no longer marked as carried forward.
void markTouched(SoapNote& note, const std::string& fieldKey);

} // namespace knotwork::sessions
