#pragma once
// The closed lists of billing, as choices (common/choices.h): a stable key for storage, JSON and
// the CLI, a translated label for screens and documents.

#include "billing/billing_settings.h"
#include "billing/invoice.h"
#include "billing/payment.h"
#include "common/choices.h"

namespace knotwork {

KNOTWORK_DECLARE_CHOICES(billing::ChargeKind)
KNOTWORK_DECLARE_CHOICES(billing::InvoiceStatus)
KNOTWORK_DECLARE_CHOICES(billing::PaymentMethod)
KNOTWORK_DECLARE_CHOICES(billing::ReceiptRules)

} // namespace knotwork
