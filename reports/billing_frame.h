#pragma once
// What billing's documents share: the practice's letterhead and the document's title, the
// totals block set on the right, and the page frame (the running header, a confidentiality line
// about the account rather than the health record, "Page n of m", the DUPLICATE mark).

#include <string>
#include <vector>

#include "reports/document_writer.h"
#include "reports/report_pages.h"
#include "sharing/report_data.h"

namespace knotwork::reports {

// The letterhead from `header` (the practice, its logo), the title and the line under it
// ("INV-000042 · Issued 30 Nov 2026").
void writeBillingOpening(DocumentWriter& writer, const sharing::ReportHeader& header, const std::string& title,
                         const std::string& subtitle);

// `value`, or "Not on file" where a field the document must carry is empty (an insurer asks for
// it: the therapist sees what to fill in).
std::string orNotOnFile(const std::string& value);

// A warning set apart in the warning colour, bold: "VOID: …", "DUPLICATE: …".
void writeNotice(DocumentWriter& writer, const std::string& text);

// Amounts under a table, right-aligned in its last columns: "Subtotal $95.00". The last line
// bold when `lastIsTotal`.
void writeTotals(DocumentWriter& writer, const std::vector<Field>& totals, bool lastIsTotal = true);

// Ends a billing document: draws the frame on every page, `about` (the client's name; empty for
// the practice's own accounts) in the running header and the confidentiality line, `mark`
// across every page when given; fills in the PDF's properties.
ReportPages finishBillingDocument(PageFlow& flow, const sharing::ReportHeader& header, const std::string& title,
                                  const std::string& about, const std::string& mark = {});

} // namespace knotwork::reports
