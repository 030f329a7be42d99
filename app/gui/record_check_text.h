#pragma once

#include <vector>
#include <wx/string.h>

#include "integrity/integrity_report.h"

namespace knotwork::gui {

// The status bar's words for a finished check: "Records intact", "Records: 3 problems found".
wxString recordCheckStatus(const integrity::IntegrityReport& report);
// Today's warning for a check that found problems: how many and the first of them; empty when
// the records are intact.
wxString recordCheckWarning(const integrity::IntegrityReport& report);
// What was checked: the links, those under a key this computer lacks, and the chain's head.
wxString recordCheckCounts(const integrity::IntegrityReport& report);
// The findings with those about records first (the chain, a record that no longer reads), then the
// file, foreign keys and schema, each in the order found.
std::vector<integrity::IntegrityFinding> recordsFirst(const integrity::IntegrityReport& report);
// One finding as a line of text: "Record chain · signed session note 42: its content was changed."
wxString findingLine(const integrity::IntegrityFinding& finding);

} // namespace knotwork::gui
