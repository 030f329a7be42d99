#pragma once

#include <string>

#include "sessions/soap_note.h"

namespace knotwork::sessions {

// Palpation findings in words, one way wherever they are read: the note in words, the body
// chart's spoken cursor and the palpation list.

// "Suboccipitals (Right)".
std::string siteText(const MuscleSite& site);
// "tenderness 3 of 3, hypertonic, active trigger point, reproduces the headache".
std::string findingText(const PalpationFinding& finding);
// The finding of a site, or "not examined" without one.
std::string findingText(const PalpationFinding* finding);
// "Suboccipitals (Right): tenderness 3 of 3, active trigger point" — what a reader hears on a site.
std::string siteFindingText(const MuscleSite& site, const PalpationFinding* finding);

} // namespace knotwork::sessions
