#pragma once

#include <vector>
#include <wx/arrstr.h>
#include <wx/string.h>

#include "billing/billing_service.h"
#include "common/ui/text_table.h"

class wxButton;
class wxChoice;
class wxWindow;

namespace knotwork::billing::ui {

// An amount in the practice's currency as people read it: "$95.00".
wxString moneyShown(Cents amount, const std::string& currency);
// What an invoice charges for, in a few words: its first line's description, "and 1 more" after.
wxString invoiceWhat(const Invoice& invoice);
// "INV-000042", with "(void)" after a voided one.
wxString invoiceNumberShown(const Invoice& invoice);
// A payment in a list: its method, or "Refund by card: <reason>".
wxString paymentWhat(const Payment& payment);
// An invoice as a list shows it, narrow enough for a laptop's chart: number ("(void)" after a
// voided one), date, whom it bills (with `withClient`), what for, total and balance owing; a void
// one greyed and struck out. What was paid is in the chosen invoice's payments.
// The columns' headings: invoiceColumns.
knotwork::ui::TextTable::Row invoiceRow(const PaidInvoice& paid, bool withClient);
std::vector<knotwork::ui::TextTable::Column> invoiceColumns(bool withClient);
// What a screen reader says of an invoice list's columns.
wxString invoiceColumnsDescription();
// A button named `name` (its key for tests and the accessibility walk) with its tooltip.
wxButton* commandButton(wxWindow* parent, const wxString& label, const char* name, const wxString& tooltip);
// A choice of `items` named `name`, with its tooltip and the first item chosen (none when empty).
wxChoice* choiceOf(wxWindow* parent, const wxArrayString& items, const char* name, const wxString& tooltip);

} // namespace knotwork::billing::ui
