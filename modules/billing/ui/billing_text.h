#pragma once

#include <wx/string.h>

#include "billing/billing_service.h"
#include "common/ui/text_table.h"

namespace knotwork::billing::ui {

// An amount in the practice's currency as people read it: "$95.00".
wxString moneyShown(Cents amount, const std::string& currency);
// What an invoice charges for, in a few words: its first line's description, "and 1 more" after.
wxString invoiceWhat(const Invoice& invoice);
// "INV-000042", with "(void)" after a voided one.
wxString invoiceNumberShown(const Invoice& invoice);
// A payment in a list: its method, or "Refund by card: <reason>".
wxString paymentWhat(const Payment& payment);
// An invoice as a list shows it: number, date, whom it bills (with `withClient`), what for, total,
// paid, balance and status; a void one greyed and struck out.
knotwork::ui::TextTable::Row invoiceRow(const PaidInvoice& paid, bool withClient);

} // namespace knotwork::billing::ui
