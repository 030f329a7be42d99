#pragma once

#include <string>

#include "billing/billing_documents.h"

namespace knotwork::billing {

// The year's report as a CSV file for the accountant (RFC 4180: comma-separated, CRLF line ends,
// fields with a comma, a quote or a line break quoted): a row per month with the money received
// by each method, in all, the tips, the fees charged, the prepayments sold and the tax charged,
// then a totals row; then the balances outstanding at the year's end, one client a row; then
// the gift certificates and prepaid visits still owed. Amounts are plain numbers ("1234.56").
std::string yearReportCsv(const YearReport& report);

} // namespace knotwork::billing
