#pragma once
// What the billing commands share: payments and amounts read from the command line, and
// invoices, packages and certificates shown as text (amounts by billing::moneyText) or JSON
// (billing_json.h).

#include <string>
#include <vector>

#include "app/cli/practice_access.h"
#include "billing/billing_service.h"

namespace knotwork::cli {

// --pay METHOD:AMOUNT[:TIP][:REF], as "card:96.05", "cash:50:10", "cheque:40::1042" or
// "gift_certificate:40::GC-7K3M-Q9TX" (the reference of a gift certificate is its code).
// ValidationError naming `option` for an unknown method, a package (which --package pays) or an
// amount that is not one.
billing::PaymentDraft paymentOption(const std::string& text, const std::string& option);
std::vector<billing::PaymentDraft> paymentOptions(const std::vector<std::string>& texts, const std::string& option);

// An invoice named on the command line by its ID (7) or its number as printed (INV-000042);
// NotFoundError when there is none, ValidationError naming `option` for neither.
billing::PaidInvoice invoiceOption(billing::BillingService& billing, const std::string& text, const std::string& option);

// --tax-rate 13 or 14.975 … at most two decimals: basis points. ValidationError naming `option`.
int taxRateOption(const std::string& text, const std::string& option);
// "13%", "12.5%", "9.75%".
std::string taxRateText(int basisPoints);

// The option's help for --pay, the same on every command that takes payments.
std::string payOptionHelp();

// An issued invoice with its payments: its details, lines, totals and payments, as text.
void printPaidInvoice(const CliContext& context, const billing::PaidInvoice& paid);
// Invoices one a row: number, date, client, status, total, paid, balance.
void printInvoices(const CliContext& context, const std::vector<billing::PaidInvoice>& invoices);
// A command's result: with --json the invoice and its payments, else `headline` and the invoice.
void printInvoiceResult(const CliContext& context, const std::string& headline, const billing::PaidInvoice& paid);
void printPackages(const CliContext& context, const std::vector<billing::Package>& packages,
                   const std::string& currency);
void printGiftCertificate(const CliContext& context, const billing::GiftCertificate& certificate,
                          const std::string& currency);

} // namespace knotwork::cli
