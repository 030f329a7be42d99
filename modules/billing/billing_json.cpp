#include "billing/billing_json.h"

#include "billing/billing_choices.h"
#include "common/json_field_io.h"

namespace knotwork::billing {

using nlohmann::json;
using json_io::Writer;

void to_json(json& out, const InvoiceLine& line)
{
    Writer io(out);
    io("kind", line.kind);
    io("description", line.description);
    io("appointment_id", line.appointmentId);
    io("service_date", line.serviceDate);
    io("minutes", line.minutes);
    io("amount_cents", line.amountCents);
    io("tax_cents", line.taxCents);
    io("cpt_code", line.cptCode);
}

void to_json(json& out, const Invoice& invoice)
{
    Writer io(out);
    io("id", invoice.id);
    io("number", invoice.number);
    io("number_text", invoiceNumberText(invoice.number));
    io("client_id", invoice.clientId);
    io("billed_to", invoice.billedTo);
    io("issued_on", invoice.issuedOn);
    io("status", invoice.status);
    out["lines"] = invoice.lines;
    io("currency", invoice.currency);
    io("tax_name", invoice.taxName);
    io("tax_basis_points", invoice.taxBasisPoints);
    io("subtotal_cents", invoice.subtotalCents);
    io("tax_cents", invoice.taxCents);
    io("total_cents", invoice.totalCents);
    io("appointment_id", invoice.appointmentId);
    io("package_id", invoice.packageId);
    io("replaces", invoice.replaces);
    io("voided_at", invoice.voidedAt);
    io("void_reason", invoice.voidReason);
    io("issued_at", invoice.issuedAt);
}

void to_json(json& out, const Payment& payment)
{
    Writer io(out);
    io("id", payment.id);
    io("invoice_id", payment.invoiceId);
    io("client_id", payment.clientId);
    io("received_on", payment.receivedOn);
    io("method", payment.method);
    io("amount_cents", payment.amountCents);
    io("tip_cents", payment.tipCents);
    io("reference", payment.reference);
    io("gift_certificate_id", payment.giftCertificateId);
    io("package_id", payment.packageId);
    io("reason", payment.reason);
    io("recorded_at", payment.recordedAt);
}

void to_json(json& out, const PaidInvoice& paid)
{
    to_json(out, paid.invoice);
    out["payments"] = paid.payments;
    out["paid_cents"] = paid.paidCents();
    out["balance_cents"] = paid.balanceDueCents();
}

void to_json(json& out, const Package& package)
{
    Writer io(out);
    io("id", package.id);
    io("client_id", package.clientId);
    io("service_id", package.serviceId);
    io("name", package.name);
    io("visits", package.visits);
    io("visits_used", package.visitsUsed);
    io("visits_left", package.visitsLeft());
    io("price_cents", package.priceCents);
    io("next_visit_cents", package.nextVisitValue());
    io("sale_invoice_id", package.saleInvoiceId);
    io("sold_on", package.soldOn);
}

void to_json(json& out, const GiftCertificate& certificate)
{
    Writer io(out);
    io("id", certificate.id);
    io("code", certificate.code);
    io("purchaser_id", certificate.purchaserId);
    io("recipient_name", certificate.recipientName);
    io("amount_cents", certificate.amountCents);
    io("redeemed_cents", certificate.redeemedCents);
    io("balance_cents", certificate.balanceCents());
    io("sale_invoice_id", certificate.saleInvoiceId);
    io("sold_on", certificate.soldOn);
}

void to_json(json& out, const BillingSettings& settings)
{
    Writer io(out);
    io("currency", settings.currency);
    io("tax_name", settings.taxName);
    io("tax_basis_points", settings.taxBasisPoints);
    io("tax_number", settings.taxNumber);
    io("rules", settings.rules);
    io("service_wording", settings.serviceWording);
    io("npi", settings.npi);
    io("next_invoice_number", settings.nextInvoiceNumber);
    io("row_version", settings.rowVersion);
}

void to_json(json& out, const ClientTotals& totals)
{
    Writer io(out);
    io("client_id", totals.clientId);
    io("name", totals.name);
    io("invoiced_cents", totals.invoicedCents);
    io("paid_cents", totals.paidCents);
    io("balance_cents", totals.balanceCents());
}

void to_json(json& out, const MonthIncome& month)
{
    Writer io(out);
    io("month", month.month);
    json& received = out["received_cents"] = json::object();
    for (const PaymentMethod method : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::ETransfer,
                                       PaymentMethod::Cheque})
        received[std::string(keyOf(method))] = month.receivedByMethod.at(static_cast<std::size_t>(method));
    io("total_received_cents", month.receivedCents());
    io("tips_cents", month.tipsCents);
    io("fees_cents", month.feesCents);
    io("prepayments_cents", month.prepaymentsCents);
    io("tax_cents", month.taxCents);
}

void to_json(json& out, const YearReport& report)
{
    Writer io(out);
    io("year", report.year);
    io("currency", report.billing.currency);
    out["months"] = report.months;
    out["total"] = report.total();
    io("invoices_issued", report.invoicesIssued);
    io("invoices_voided", report.invoicesVoided);
    out["outstanding"] = report.outstanding;
    io("gift_certificate_liability_cents", report.giftCertificateLiabilityCents);
    io("gift_certificates_outstanding", report.giftCertificatesOutstanding);
    io("package_liability_cents", report.packageLiabilityCents);
    io("package_visits_outstanding", report.packageVisitsOutstanding);
}

} // namespace knotwork::billing
