#pragma once
// What the billing documents show, gathered by BillingService and handed to reports/ (which
// never queries): the receipt, a client's statement, the US superbill and the year's report.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "billing/billing_settings.h"
#include "billing/billing_store.h"
#include "billing/invoice.h"
#include "billing/payment.h"
#include "billing/prepaid.h"
#include "clients/practice_settings.h"

namespace knotwork::billing {

// A receipt for one invoice: the college's fields. `duplicate` when a copy was given before
// (a reprint is marked DUPLICATE). What the client paid excludes what a gift certificate paid,
// so a visit paid by certificate gets a receipt of $0.00.
struct ReceiptData {
    clients::PracticeSettings practice;  // letterhead, therapist, registration number, signature
    BillingSettings billing;
    Invoice invoice;
    std::vector<Payment> payments;
    std::optional<Package> package;           // the package a visit was taken from
    std::optional<GiftCertificate> giftCertificate;  // a certificate sale: its code and value
    std::string clientAddress;
    Date printedOn{boost::gregorian::not_a_date_time};
    bool duplicate = false;

    Cents paidByClientCents() const;  // money received less refunds: gift certificates excluded
    Cents balanceDueCents() const;    // the total less every payment
    Cents tipCents() const;
};

// One line of a statement: an invoice (a charge) or a payment (a credit), with the balance after.
struct StatementLine {
    Date day{boost::gregorian::not_a_date_time};
    std::string description;  // "Invoice INV-000042: Massage Therapy treatment, 60 min", "Payment by card"
    Cents chargeCents = 0;
    Cents creditCents = 0;
    Cents balanceCents = 0;   // after this line
};

// A client's account for a period: the balance brought forward, each charge and payment in order,
// and the balance at the end. Void invoices are left out (with their own voiding).
struct StatementData {
    clients::PracticeSettings practice;
    BillingSettings billing;
    std::string clientName;
    std::string clientAddress;
    Date from{boost::gregorian::not_a_date_time};
    Date to{boost::gregorian::not_a_date_time};
    Cents openingBalanceCents = 0;
    std::vector<StatementLine> lines;
    Cents closingBalanceCents = 0;
};

// One visit on a superbill: CPT code and 8-minute-rule units, the charge and what was paid.
struct SuperbillVisit {
    Date day{boost::gregorian::not_a_date_time};
    std::string cptCode;
    int minutes = 0;
    int units = 0;
    Cents chargeCents = 0;
    Cents paidCents = 0;
    std::string invoiceNumber;
};

// The US superbill for a client's visits in a period: the diagnosis codes as the provider wrote
// them (copied, never chosen by the therapist), the procedures, the therapist's NPI.
struct SuperbillData {
    clients::PracticeSettings practice;
    BillingSettings billing;
    std::string clientName;
    std::string clientAddress;
    std::optional<Date> clientBirthDate;
    // "G44.209 Tension-type headache, diagnosed by Dr A. Chen"; empty: none on file.
    std::vector<std::string> diagnosisCodes;
    std::string referringProvider;
    Date from{boost::gregorian::not_a_date_time};
    Date to{boost::gregorian::not_a_date_time};
    std::vector<SuperbillVisit> visits;
    Cents totalChargeCents = 0;
    Cents totalPaidCents = 0;
};

// What a superbill lacks for an insurer to pay on it, each in a few words ("the therapist's NPI,
// in Appointment book settings, Billing"): a visit invoiced in the period, a CPT code on each,
// an ICD-10 code from the provider's diagnosis, the NPI. Empty: nothing.
std::vector<std::string> missingFromSuperbill(const SuperbillData& bill);

// One month of the year's income: money received by method (refunds netted), tips apart, the
// fees charged and the tax on them.
struct MonthIncome {
    int month = 1;  // 1–12
    std::array<Cents, 4> receivedByMethod{};  // Cash, Card, ETransfer, Cheque
    Cents tipsCents = 0;
    Cents feesCents = 0;         // invoiced for treatment and fees (prepayments apart), before tax
    Cents prepaymentsCents = 0;  // packages and gift certificates sold
    Cents taxCents = 0;          // tax charged on the invoices issued that month

    Cents receivedCents() const;
};

// The year's income by month and method, and tax collected: what the Billing view shows.
struct YearIncome {
    int year = 0;
    std::array<MonthIncome, 12> months{};
    int invoicesIssued = 0;
    int invoicesVoided = 0;

    MonthIncome total() const;
};

// The year for the accountant: its income, who owes at the end, and what the practice still owes
// as gift certificates and prepaid visits.
struct YearReport : YearIncome {
    clients::PracticeSettings practice;
    BillingSettings billing;
    std::vector<ClientTotals> outstanding;      // balances at 31 December, non-zero
    Cents giftCertificateLiabilityCents = 0;    // unredeemed balances at 31 December
    int giftCertificatesOutstanding = 0;
    Cents packageLiabilityCents = 0;            // the unused visits' shares at 31 December
    int packageVisitsOutstanding = 0;
};

} // namespace knotwork::billing
