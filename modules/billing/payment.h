#pragma once

#include <optional>
#include <string>

#include "billing/invoice.h"

namespace knotwork::billing {

using PaymentId = long long;

// How a payment was made. The first four are money received (the year's income); the last two
// spend what was paid earlier. Keys and labels: choices<PaymentMethod>().
enum class PaymentMethod { Cash, Card, ETransfer, Cheque, GiftCertificate, Package };

// Whether the method is money coming in now rather than a prepayment being used.
bool isMoneyReceived(PaymentMethod method);

// A payment against an invoice, or a refund of one (a negative amount, with its reason).
// Appended, never changed: a mistake is corrected by a refund.
struct Payment {
    PaymentId id = 0;
    InvoiceId invoiceId = 0;
    ClientId clientId = 0;
    Date receivedOn{boost::gregorian::not_a_date_time};
    PaymentMethod method = PaymentMethod::Card;
    Cents amountCents = 0;        // toward the invoice; negative: a refund
    Cents tipCents = 0;           // a gratuity paid with it: not part of the invoice, never taxed
    std::string reference;        // a cheque's number, a card's last digits, an e-transfer's id
    std::optional<GiftCertificateId> giftCertificateId;  // GiftCertificate only
    std::optional<PackageId> packageId;                  // Package only
    std::string reason;           // why a refund was made
    std::optional<Timestamp> recordedAt;  // filled by the store

    bool isRefund() const { return amountCents < 0; }

    friend bool operator==(const Payment&, const Payment&) = default;
};

} // namespace knotwork::billing
