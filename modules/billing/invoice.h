#pragma once

#include <optional>
#include <string>
#include <vector>

#include "billing/money.h"
#include "clients/client.h"
#include "common/calendar_date.h"
#include "common/timestamp.h"
#include "schedule/appointment.h"

namespace knotwork::billing {

using InvoiceId = long long;
using PackageId = long long;
using GiftCertificateId = long long;
using clients::ClientId;
using schedule::AppointmentId;

// What a line charges for. Keys and labels: choices<ChargeKind>().
enum class ChargeKind {
    Visit,                // a visit that took place: its service's fee
    LateCancellation,     // the policy's fee for a late cancellation
    NoShow,               // the policy's fee for a missed visit
    PackageSale,          // a prepaid package of visits (a prepayment: no treatment, no tax)
    GiftCertificateSale,  // a gift certificate (a prepayment: no treatment, no tax)
};

// Whether the charge is for money paid ahead of treatment: its receipt is not one for treatment,
// and its amount is owed back as visits or a certificate's balance until used.
bool isPrepayment(ChargeKind kind);

struct InvoiceLine {
    ChargeKind kind = ChargeKind::Visit;
    std::string description;  // as printed: "Massage Therapy treatment, 60 min"
    std::optional<AppointmentId> appointmentId;  // the visit charged for
    std::optional<Date> serviceDate;            // the visit's date
    int minutes = 0;                            // the visit's length (0: not a visit)
    Cents amountCents = 0;                      // before tax, >= 0
    Cents taxCents = 0;                         // this line's tax
    std::string cptCode;                        // the superbill's procedure code ("97124")

    friend bool operator==(const InvoiceLine&, const InvoiceLine&) = default;
};

enum class InvoiceStatus { Issued, Void };

// An invoice, immutable once issued: the number is the next without a gap, the name and amounts
// are kept as they were when it was issued. A mistake is voided with its reason (the invoice
// stays, marked void) and a corrected one issued in its place (`replaces`).
struct Invoice {
    InvoiceId id = 0;
    long long number = 0;          // 1, 2, 3 … without gaps; 0 until issued
    ClientId clientId = 0;
    std::string billedTo;          // the client's name when it was issued
    Date issuedOn{boost::gregorian::not_a_date_time};
    std::vector<InvoiceLine> lines;
    std::string currency = "CAD";
    std::string taxName;           // as charged: "HST"; empty: no tax
    int taxBasisPoints = 0;
    Cents subtotalCents = 0;       // the lines' amounts
    Cents taxCents = 0;            // the lines' tax
    Cents totalCents = 0;          // subtotal + tax
    // The visit this invoice charges for, if it is a visit's (at most one issued invoice each).
    std::optional<AppointmentId> appointmentId;
    std::optional<PackageId> packageId;  // a visit taken from a prepaid package
    std::optional<InvoiceId> replaces;   // the voided invoice this one corrects

    InvoiceStatus status = InvoiceStatus::Issued;
    std::optional<Timestamp> voidedAt;
    std::string voidReason;
    std::optional<Timestamp> issuedAt;  // filled by the store

    bool isVoid() const { return status == InvoiceStatus::Void; }

    friend bool operator==(const Invoice&, const Invoice&) = default;
};

// "INV-000042": how an invoice's number is printed.
std::string invoiceNumberText(long long number);

} // namespace knotwork::billing
