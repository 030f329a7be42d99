#pragma once
// Invoices and payments as the billing store's tests write them: a visit's charge and a payment
// toward an invoice.
#include <optional>

#include "billing/invoice.h"
#include "billing/money.h"
#include "billing/payment.h"

namespace knotwork::db {

// One visit line of `amount`, taxed at `basisPoints` (0: untaxed), billed to Zoë Martin.
inline billing::Invoice visitCharge(billing::ClientId client, std::optional<billing::AppointmentId> visit,
                                    billing::Cents amount, const Date& day, int basisPoints)
{
    billing::Invoice invoice;
    invoice.clientId = client;
    invoice.billedTo = "Zoë Martin";
    invoice.issuedOn = day;
    invoice.taxName = basisPoints > 0 ? "HST" : "";
    invoice.taxBasisPoints = basisPoints;
    const billing::Cents tax = billing::taxOn(amount, basisPoints);
    invoice.lines.push_back({billing::ChargeKind::Visit, "Massage Therapy treatment, 60 min", visit, day, 60, amount,
                             tax, "97124"});
    invoice.subtotalCents = amount;
    invoice.taxCents = tax;
    invoice.totalCents = amount + tax;
    invoice.appointmentId = visit;
    return invoice;
}

// A payment toward `invoice` by its client; a negative amount is a refund, with its reason.
inline billing::Payment paymentOf(const billing::Invoice& invoice, billing::Cents amount, const Date& day,
                                  billing::PaymentMethod method)
{
    billing::Payment payment;
    payment.invoiceId = invoice.id;
    payment.clientId = invoice.clientId;
    payment.receivedOn = day;
    payment.method = method;
    payment.amountCents = amount;
    if (amount < 0)
        payment.reason = "Refund";
    return payment;
}

} // namespace knotwork::db
