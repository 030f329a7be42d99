#pragma once

#include <functional>

#include "billing/ui/billing_feature.h"

namespace knotwork::app {
class PracticeContext;
}

namespace knotwork::gui {

// Where billing's screens save their documents, written by reports::BillingDocumentExporter for
// the practice open now: a receipt (DUPLICATE when one was given before) with its disclosure-log
// entry, and the year's report as a PDF or a CSV for the accountant. The therapist chooses the
// file; a failure is shown, never thrown.
billing::ui::BillingDocuments billingDocuments(std::function<app::PracticeContext*()> openPractice);

} // namespace knotwork::gui
