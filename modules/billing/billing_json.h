#pragma once
// JSON for billing, as knotwork-cli's --json prints it. Keys are snake_case; money is whole cents
// ("total_cents": 9605), choices by their keys (billing_choices.h), days "YYYY-MM-DD", moments
// ISO UTC; an absent optional value is null. Written only: nothing reads these back.
//
// {"id": 7, "number": 42, "number_text": "INV-000042", "client_id": 12, "billed_to": "Zoë Martin",
//  "issued_on": "2026-11-25", "status": "issued", "lines": [{"kind": "visit", "description": …,
//  "amount_cents": 8500, "tax_cents": 1105, …}], "subtotal_cents": 8500, "tax_cents": 1105,
//  "total_cents": 9605, "payments": [{"method": "card", "amount_cents": 5000, "tip_cents": 1000, …}],
//  "paid_cents": 9605, "balance_cents": 0, …}

#include <nlohmann/json.hpp>

#include "billing/billing_documents.h"
#include "billing/billing_service.h"

namespace knotwork::billing {

void to_json(nlohmann::json& json, const InvoiceLine& line);
void to_json(nlohmann::json& json, const Invoice& invoice);
void to_json(nlohmann::json& json, const Payment& payment);
// The invoice's keys with "payments", "paid_cents" and "balance_cents".
void to_json(nlohmann::json& json, const PaidInvoice& paid);
// With "visits_left" and "next_visit_cents".
void to_json(nlohmann::json& json, const Package& package);
// With "balance_cents".
void to_json(nlohmann::json& json, const GiftCertificate& certificate);
// {"currency": "CAD", "tax_name": "HST", "tax_basis_points": 1300, "tax_number": …, "rules":
//  "ontario", "service_wording": …, "npi": "", "next_invoice_number": 43}
void to_json(nlohmann::json& json, const BillingSettings& settings);
// {"client_id": 12, "name": "Zoë Martin", "invoiced_cents": …, "paid_cents": …, "balance_cents": …}
void to_json(nlohmann::json& json, const ClientTotals& totals);
// {"month": 1, "received_cents": {"cash": …, "card": …, "e_transfer": …, "cheque": …},
//  "total_received_cents": …, "tips_cents": …, "fees_cents": …, "prepayments_cents": …, "tax_cents": …}
void to_json(nlohmann::json& json, const MonthIncome& month);
// {"year": 2026, "months": [12 months], "total": {a month numbered 0}, "invoices_issued": …,
//  "invoices_voided": …, "outstanding": […], "gift_certificate_liability_cents": …, …}
void to_json(nlohmann::json& json, const YearReport& report);

} // namespace knotwork::billing
