#pragma once

#include <optional>
#include <string>

#include "clients/practice_settings.h"
#include "common/calendar_date.h"

namespace knotwork::safekeeping {

// The same day `years` later; February 29th in a year without one is March 1st, the day a person
// born on the 29th is a year older (clients::ageOn counts the same way), so a record is never
// held shorter than the rule asks.
Date addYears(const Date& day, int years);

// The first day a client's record may be destroyed under the practice's rule. `lastVisit` is the
// visit date of the latest signed note, or the intake's date for a client never seen.
// Ontario (CMTO): ten years after the last visit or ten years after the 18th birthday, whichever
// is later (a client whose date of birth is not known: after the last visit). Otherwise
// settings.years after the last visit.
Date retentionEndsOn(const Date& lastVisit, const std::optional<Date>& dateOfBirth,
                     const clients::RetentionSettings& settings);

// The records past retention on `day`, as bounds a query can use on indexed dates: a record is
// past retention exactly when its last visit is on or before `lastVisitOnOrBefore` and, under
// the Ontario rule, its date of birth (when known) is on or before `bornOnOrBefore`.
struct RetentionCutoffs {
    Date lastVisitOnOrBefore;
    std::optional<Date> bornOnOrBefore;  // none: the rule does not look at the date of birth
};
RetentionCutoffs retentionCutoffs(const Date& day, const clients::RetentionSettings& settings);

// The rule in words, for the top of the list and the CLI.
std::string describeRetention(const clients::RetentionSettings& settings);

} // namespace knotwork::safekeeping
