#include "billing/billing_choices.h"

#include "common/choice_table.h"

namespace knotwork {

namespace {

using billing::ChargeKind;
using billing::InvoiceStatus;
using billing::PaymentMethod;
using billing::ReceiptRules;

constexpr Choice<ChargeKind> kChargeKinds[] = {
    {ChargeKind::Visit, "visit", N_("Visit")},
    {ChargeKind::LateCancellation, "late_cancellation", N_("Late cancellation fee")},
    {ChargeKind::NoShow, "no_show", N_("Missed visit fee")},
    {ChargeKind::PackageSale, "package_sale", N_("Prepaid package")},
    {ChargeKind::GiftCertificateSale, "gift_certificate_sale", N_("Gift certificate")},
};

constexpr Choice<InvoiceStatus> kInvoiceStatuses[] = {
    {InvoiceStatus::Issued, "issued", N_("Issued")},
    {InvoiceStatus::Void, "void", N_("Void")},
};

constexpr Choice<PaymentMethod> kPaymentMethods[] = {
    {PaymentMethod::Cash, "cash", N_("Cash")},
    {PaymentMethod::Card, "card", N_("Debit or credit card")},
    {PaymentMethod::ETransfer, "e_transfer", N_("E-transfer")},
    {PaymentMethod::Cheque, "cheque", N_("Cheque")},
    {PaymentMethod::GiftCertificate, "gift_certificate", N_("Gift certificate")},
    {PaymentMethod::Package, "package", N_("Prepaid package")},
};

constexpr Choice<ReceiptRules> kReceiptRules[] = {
    {ReceiptRules::Ontario, "ontario", N_("Ontario (CMTO) receipts")},
    {ReceiptRules::UnitedStates, "united_states", N_("United States: receipts and superbills")},
};

} // namespace

KNOTWORK_CHOICES(ChargeKind, kChargeKinds)
KNOTWORK_CHOICES(InvoiceStatus, kInvoiceStatuses)
KNOTWORK_CHOICES(PaymentMethod, kPaymentMethods)
KNOTWORK_CHOICES(ReceiptRules, kReceiptRules)

} // namespace knotwork
