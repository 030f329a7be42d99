#pragma once

#include <optional>
#include <set>

#include "common/validator.h"
#include "sessions/soap_note.h"

namespace knotwork::sessions {

// The rules of a note's values: ranges with their units, worst not below average, days within
// the diary's period, one finding per muscle and side, text lengths, a visit not in the future.
// Field keys are the JSON key paths ("subjective.headache_days",
// "objective.rom.rotation_left.after", "objective.palpation[2].tenderness"). Drafts are saved
// whatever they hold (nothing typed is lost); these rules are kept when a note is added from the
// CLI and when it is signed.
void validateNote(const SoapNote& note, const Date& today, Validator& validator);

// What signing needs beyond valid values: something recorded of the treatment (a technique or
// a region) so a signed note is never empty.
void validateForSigning(const SoapNote& note, const Date& today, Validator& validator);

// How the home programme was kept is asked only of the items given at the client's last signed
// visit (`givenLastVisit`; none at a first visit, when there is no last visit).
void validateAdherence(const Subjective& subjective, const std::optional<std::set<HomeCare>>& givenLastVisit,
                       Validator& validator);

void validateAddendum(const std::string& text, Validator& validator);

} // namespace knotwork::sessions
