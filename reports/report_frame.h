#pragma once

#include <string>

#include "reports/document_writer.h"
#include "reports/report_pages.h"
#include "sharing/report_data.h"

namespace knotwork::reports {

// What every Knotwork document shares: the letterhead, title and parties at the top of the first
// page; the running header, confidentiality line and "Page n of m" on every page; the scope
// statement and the signature block at the end.

// "Maya Lindqvist, RMT · Licence M-4821": who signs, as the letterhead and signature name them.
std::string therapistLine(const clients::PracticeSettings& practice);

// The practice's logo, name and therapist on the left, its address and contacts on the right,
// over a rule.
void writeLetterhead(DocumentWriter& writer, const sharing::ReportHeader& header);

// The PDF's properties: the title with the client's name, the therapist and practice as author,
// the recipient (or the client's record) as subject, created when the data was gathered.
DocumentInfo documentInfo(const sharing::ReportHeader& header, const std::string& title);

// "Zoë Martin, born 12 Mar 1988": the client as every page names them.
std::string clientLine(const clients::Client& client);

// "Record witness: chain 1234 · 9f3a1b2c4d5e6f70": the record chain's head when the document
// was gathered, for the foot of every page; empty without a chain.
std::string witnessLine(const sharing::ReportHeader& header);

// When the document was written, to the minute in the locale's words ("Nov 23, 2026 12:00 PM").
std::string momentWritten(const sharing::ReportHeader& header);

// The letterhead from the practice settings, the document's title with the date written (and
// `period` when given), then the recipient and the client side by side. `dated`, when given,
// replaces "Written <date>" (a note says when it was signed and printed) under the period.
void writeOpening(DocumentWriter& writer, const sharing::ReportHeader& header, const std::string& title,
                  const std::string& period = {}, const std::string& dated = {});

// The therapist's signature image above a line, the name and licence under it and when it was
// signed; without an image, "Electronically signed by … on …" and the licence. Kept in one block
// of signatureHeight points.
void writeSignature(DocumentWriter& writer, const sharing::ReportHeader& header);
double signatureHeight(const ReportStyle& look, const sharing::ReportHeader& header);

// What frames every page: the running header from page 2 (`running` on the left, `practice` on
// the right when both fit), `footer` wrapped at the foot beside "Page n of m" and the witness,
// and `mark` ("DUPLICATE"), when given, large across the middle of every page.
struct PageFrame {
    std::string running;
    std::string practice;
    std::string footer;
    std::string witness;
    std::string mark;
};
PageFlow::Decorator framePages(const PageFlow& flow, const PageFrame& frame);

enum class Signature { Block, None };

// Ends the document: the consent it was sent under (when addressed to a provider), the scope
// statement (a massage therapist does not diagnose), the signature block when asked for (the
// therapist's signature image from the settings, else "Electronically signed by … on …"), kept
// together and with the end of the last section, never alone on a page; then
// draws the running header (from page 2), the confidentiality line and "Page n of m" on every
// page and fills in the PDF's properties.
ReportPages finishDocument(PageFlow& flow, DocumentWriter& writer, const sharing::ReportHeader& header,
                           const std::string& title, Signature signature = Signature::None);

} // namespace knotwork::reports
