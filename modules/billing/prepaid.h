#pragma once

#include <optional>
#include <string>

#include "billing/invoice.h"
#include "schedule/service.h"

namespace knotwork::billing {

// A prepaid series of visits of one service, sold on `saleInvoiceId`. Each visit taken from it is
// invoiced at its share of the price, tax included, and paid from it.
struct Package {
    PackageId id = 0;
    ClientId clientId = 0;
    schedule::ServiceId serviceId = 0;
    std::string name;            // "5 × Treatment, 60 min"
    int visits = 0;              // 1–100
    Cents priceCents = 0;        // what the client paid, tax included
    InvoiceId saleInvoiceId = 0;
    Date soldOn{boost::gregorian::not_a_date_time};
    int visitsUsed = 0;          // filled by the store: visits paid from it

    int visitsLeft() const { return visits - visitsUsed; }
    // What the next visit taken from it is worth: its share of the price.
    Cents nextVisitValue() const;

    friend bool operator==(const Package&, const Package&) = default;
};

// A gift certificate sold to a client (the purchaser) for someone (`recipientName`), redeemed in
// part or whole against invoices by its code. Ontario's gift-card rules: it never expires.
struct GiftCertificate {
    GiftCertificateId id = 0;
    std::string code;            // "GC-7K3M-Q9TX": printed on it, typed to redeem
    ClientId purchaserId = 0;
    std::string recipientName;
    Cents amountCents = 0;
    InvoiceId saleInvoiceId = 0;
    Date soldOn{boost::gregorian::not_a_date_time};
    Cents redeemedCents = 0;     // filled by the store: what was paid with it

    Cents balanceCents() const { return amountCents - redeemedCents; }

    friend bool operator==(const GiftCertificate&, const GiftCertificate&) = default;
};

} // namespace knotwork::billing
