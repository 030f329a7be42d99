#pragma once
// Billing documents' data built by hand, as BillingService would gather it: the practice of
// sampleReportHeader charging HST, a client's 60-minute visit and what was paid for it.

#include "billing/billing_documents.h"
#include "sharing/report_data.h"

namespace knotwork::testing {

inline constexpr billing::Cents kVisitFee = 9500;   // $95.00
inline constexpr billing::Cents kVisitTax = 1235;   // 13 % HST
inline constexpr billing::Cents kVisitTotal = 10735;

// The letterhead a billing document is laid out under: written 24 Nov 2026 at 16:42 UTC.
sharing::ReportHeader sampleBillingHeader();
// HST at 13 % with the practice's HST number, Ontario's receipt rules, an NPI.
billing::BillingSettings sampleBillingSettings();
// INV-000042 for a 60-minute visit on 24 Nov 2026, paid in full by card with a $15.00 tip.
billing::ReceiptData sampleReceipt();
// A statement from 1 to 30 Nov 2026: $20.00 brought forward, the visit charged and paid.
billing::StatementData sampleStatement();
// Two visits in November 2026 (60 and 52 minutes) with a tension-type diagnosis.
billing::SuperbillData sampleSuperbill();
// 2026: every month some cash, card and tax; two clients owing; certificates and visits owed.
billing::YearReport sampleYearReport();

} // namespace knotwork::testing
