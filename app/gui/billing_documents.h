#pragma once

#include <filesystem>
#include <functional>

#include "billing/ui/billing_feature.h"

namespace knotwork::app {
class PracticeContext;
}

namespace knotwork::gui {

// Hands a file to the program this computer opens it with; false when there is none.
using OpenFile = std::function<bool(const std::filesystem::path& file)>;
bool openWithDefaultApplication(const std::filesystem::path& file);

// Where billing's screens save their documents, written by reports::BillingDocumentExporter for
// the practice open now: a receipt (DUPLICATE when one was given before), a client's statement or
// superbill for a period, each with its disclosure-log entry, and the year's report as a PDF or a
// CSV for the accountant. The therapist chooses the file; a failure is shown, never thrown.
// Printing a receipt writes it, logged the same way, into a new folder only its owner can read in
// the temporary folder and opens it with `openFile` (the PDF viewer, which prints it). Emailing a
// receipt asks for the address and sends it through the reminders' mail account
// (app/practice/receipt_mail.h).
billing::ui::BillingDocuments billingDocuments(std::function<app::PracticeContext*()> openPractice,
                                               OpenFile openFile = openWithDefaultApplication);

} // namespace knotwork::gui
