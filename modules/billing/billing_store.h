#pragma once

#include <optional>
#include <string>
#include <vector>

#include "billing/billing_settings.h"
#include "billing/invoice.h"
#include "billing/payment.h"
#include "billing/prepaid.h"

namespace knotwork::billing {

// A client's totals at the end of a day: what was invoiced (issued, not void) and what was paid
// toward it (payments less refunds, tips apart) up to then.
struct ClientTotals {
    ClientId clientId = 0;
    std::string name;  // the client's name now
    Cents invoicedCents = 0;
    Cents paidCents = 0;

    Cents balanceCents() const { return invoicedCents - paidCents; }

    friend bool operator==(const ClientTotals&, const ClientTotals&) = default;
};

// The payments received in one month by one method, summed by the store: their amounts (a
// refund takes its amount off) and their tips. What a year's report adds up.
struct PaymentSums {
    int month = 1;  // 1–12
    PaymentMethod method = PaymentMethod::Cash;
    Cents amountCents = 0;
    Cents tipCents = 0;

    friend bool operator==(const PaymentSums&, const PaymentSums&) = default;
};

// The invoices issued in one month with the same status and the same kind of first line,
// counted and summed by the store.
struct InvoiceSums {
    int month = 1;  // 1–12
    InvoiceStatus status = InvoiceStatus::Issued;
    std::optional<ChargeKind> firstLineKind;  // none for an invoice without lines
    int count = 0;
    Cents subtotalCents = 0;
    Cents taxCents = 0;

    friend bool operator==(const InvoiceSums&, const InvoiceSums&) = default;
};

// A year of a practice's billing written at once (the demo practice). References between these
// records are positions in these vectors, not ids: an invoice's packageId and replaces, a
// package's and a certificate's saleInvoiceId, a payment's invoiceId, packageId and
// giftCertificateId. Invoices are stored in order (void ones as given), each with the next number;
// a package or certificate right after its sale invoice; the payments last.
struct BillingImport {
    std::vector<Invoice> invoices;
    std::vector<Package> packages;
    std::vector<GiftCertificate> certificates;
    std::vector<Payment> payments;
};

// Where invoices, payments, packages and gift certificates are kept (db/ implements it over SQL).
// Invoices, payments, packages and certificates are appended and never changed; the only change
// an invoice ever takes is being voided, once. Every write is one audited transaction, or joins
// the UnitOfWork it runs in. A missing client, invoice or appointment throws NotFoundError.
class BillingStore {
public:
    virtual ~BillingStore() = default;

    // The settings; nextInvoiceNumber is the number the next issued invoice will get.
    virtual BillingSettings settings() = 0;
    // ConflictError when settings.rowVersion is not the stored one; returns the new rowVersion.
    virtual int setSettings(const BillingSettings& settings) = 0;

    // Stores `invoice` as issued with the next number, without a gap even when two processes
    // issue at once or one is killed, and returns it as stored (id, number, issuedAt). The
    // amounts are stored as given: the service computes them. ConflictError when the visit
    // already has an issued invoice.
    virtual Invoice issueInvoice(const Invoice& invoice) = 0;
    // Marks the invoice void with its reason; NotFoundError, or ConflictError when already void.
    virtual void voidInvoice(InvoiceId id, const Timestamp& at, const std::string& reason) = 0;
    virtual std::optional<Invoice> findInvoice(InvoiceId id) = 0;
    virtual std::optional<Invoice> findInvoiceByNumber(long long number) = 0;
    // The visit's issued invoice (not void), if any.
    virtual std::optional<Invoice> invoiceForVisit(AppointmentId visit) = 0;
    // A client's invoices, void ones too, newest first.
    virtual std::vector<Invoice> invoicesOf(ClientId client) = 0;
    // Invoices issued on days in [from, to], void ones too, in number order: a month of the
    // practice's Billing view, a year's report.
    virtual std::vector<Invoice> invoicesIssuedBetween(const Date& from, const Date& to) = 0;

    // Returns the new payment's id.
    virtual PaymentId addPayment(const Payment& payment) = 0;
    // In the order they were recorded.
    virtual std::vector<Payment> paymentsOn(InvoiceId invoice) = 0;
    // The payments on the invoices issued on days in [from, to], whenever received, by invoice then
    // in the order recorded: a month's invoices with their payments in one read.
    virtual std::vector<Payment> paymentsOnInvoicesIssuedBetween(const Date& from, const Date& to) = 0;
    virtual std::vector<Payment> paymentsOf(ClientId client) = 0;
    // Received on days in [from, to], in date order.
    virtual std::vector<Payment> paymentsReceivedBetween(const Date& from, const Date& to) = 0;
    // The payments received on days in [from, to] of one year, summed per month and method, by
    // month: a year's income without reading each payment.
    virtual std::vector<PaymentSums> paymentSumsByMonth(const Date& from, const Date& to) = 0;
    // The invoices issued on days in [from, to] of one year (void ones too), counted and summed
    // per month, status and kind of first line, by month.
    virtual std::vector<InvoiceSums> invoiceSumsByMonth(const Date& from, const Date& to) = 0;

    virtual PackageId addPackage(const Package& package) = 0;
    virtual std::optional<Package> findPackage(PackageId id) = 0;
    virtual std::vector<Package> packagesOf(ClientId client) = 0;

    // ConflictError when the code is taken.
    virtual GiftCertificateId addGiftCertificate(const GiftCertificate& certificate) = 0;
    // By its code, ignoring case and dashes as typed.
    virtual std::optional<GiftCertificate> findGiftCertificate(const std::string& code) = 0;
    virtual std::vector<GiftCertificate> giftCertificatesBoughtBy(ClientId purchaser) = 0;
    // Sold on or before `day`, with what was redeemed on or before it: the certificates'
    // liability at a year's end.
    virtual std::vector<GiftCertificate> giftCertificatesAsOf(const Date& day) = 0;
    // Packages sold on or before `day`, with the visits used on or before it.
    virtual std::vector<Package> packagesAsOf(const Date& day) = 0;

    // Every client whose invoices and payments up to `day` do not balance, by name: who owes at
    // a year's end (and who is owed).
    virtual std::vector<ClientTotals> unbalancedClientsAsOf(const Date& day) = 0;

    // All of `records` as one write (one audit row): the demo practice's year of billing.
    virtual void importBilling(const BillingImport& records) = 0;
};

} // namespace knotwork::billing
