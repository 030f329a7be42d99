#pragma once
// Billing's documents, laid out from the data BillingService gathers (never querying): `header`
// gives the letterhead (the practice, its logo), the therapist's signature image and when the
// document was written.

#include "billing/billing_documents.h"
#include "reports/report_pages.h"
#include "sharing/report_data.h"

namespace knotwork::reports {

// The receipt an insurer accepts under the college's rules: the visit's date, the client's name,
// the therapist's name, credentials, registration number and signature, the service in the
// college's words with its length, the amounts, tax with the practice's tax number when charged,
// the payments and what the client paid. DUPLICATE across every page of a reprint; VOID with its
// reason; a prepayment's receipt says it is not one for treatment.
ReportPages layoutReceipt(const sharing::ReportHeader& header, const billing::ReceiptData& data,
                          TextMeasurer& measurer);

// A client's account for a period: the balance brought forward, each charge and payment with the
// balance after it, and the balance at the end.
ReportPages layoutStatement(const sharing::ReportHeader& header, const billing::StatementData& data,
                            TextMeasurer& measurer);

// The US superbill: the patient, the provider with the NPI and tax number, the diagnosis codes as
// the provider wrote them, each visit's CPT code and 8-minute-rule units, the totals.
ReportPages layoutSuperbill(const sharing::ReportHeader& header, const billing::SuperbillData& data,
                            TextMeasurer& measurer);

// The year for the accountant: money received by month and method, what was charged and the tax
// on it, tips, who owes at the year's end and the gift certificates and visits still owed.
ReportPages layoutYearReport(const sharing::ReportHeader& header, const billing::YearReport& report,
                             TextMeasurer& measurer);

} // namespace knotwork::reports
