#pragma once

#include <string>

#include "reports/report_pages.h"
#include "sessions/soap_note.h"
#include "sharing/report_data.h"

namespace knotwork::reports {

// One page for the client to take home, in plain language: the home care the signed note gave
// (each item chosen, explained) and the therapist's own instructions from the note, with the
// practice and therapist, the client's first name and the visit's date. When the note gives an
// exercise (the ball release, stretches) it says to stop if pain increases or spreads. Nothing
// the note did not give is printed.
ReportPages layoutHomeCareHandout(const sharing::NoteReportData& data, TextMeasurer& measurer);

// What a home-care item asks of the client, in plain words (the handout's paragraph).
std::string homeCareAdvice(sessions::HomeCare care);

} // namespace knotwork::reports
