#pragma once
// The checks billing's use cases make before anything is saved: ValidationError naming the field
// and the rule, with every problem of a form at once.

#include <vector>

#include "billing/billing_settings.h"
#include "billing/invoice.h"

namespace knotwork::billing {

struct PaymentDraft;

// Currency three capital letters; tax name up to 16 characters with a rate 0–100 %; tax number
// up to 30; the service wording required (up to 100); NPI empty or ten digits.
void validateBillingSettings(const BillingSettings& settings);
// Each payment: an amount above zero (field "payments[i].amount"), a tip not below zero and only
// with money received, a reference up to 100 characters, a certificate code with a certificate
// payment, no package payment (a visit is taken from a package at check-out).
void validatePaymentDrafts(const std::vector<PaymentDraft>& payments);
// A correction's lines: as many as the invoice had, each described, amounts from 0 to 10 000.00.
void validateCorrectedLines(const std::vector<InvoiceLine>& lines, std::size_t originalCount);
// A reason for a void, a correction or a refund: required, one line, up to 500 characters.
void validateReason(const std::string& reason, const std::string& field);

// The most any one amount may be: 10 000.00.
inline constexpr Cents kLargestAmount = 1'000'000;

} // namespace knotwork::billing
