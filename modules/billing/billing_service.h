#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "billing/billing_documents.h"
#include "billing/billing_store.h"
#include "clients/client_service.h"
#include "common/clock.h"
#include "common/unit_of_work.h"
#include "schedule/schedule_store.h"

namespace knotwork::billing {

// A payment as the therapist takes it: the method, the amount toward the invoice, a tip with it.
// A gift certificate is named by its code.
struct PaymentDraft {
    PaymentMethod method = PaymentMethod::Card;
    Cents amountCents = 0;
    Cents tipCents = 0;
    std::string reference;
    std::string giftCertificateCode;  // GiftCertificate only

    friend bool operator==(const PaymentDraft&, const PaymentDraft&) = default;
};

// An invoice issued with the payments taken with it.
struct PaidInvoice {
    Invoice invoice;
    std::vector<Payment> payments;

    Cents paidCents() const;  // payments less refunds, tips apart
    Cents balanceDueCents() const { return invoice.isVoid() ? 0 : invoice.totalCents - paidCents(); }
};

// A client's account: invoices with their payments (newest first), the balance owed (negative: a
// credit), packages with visits left and the certificates they bought.
struct ClientAccount {
    std::vector<PaidInvoice> invoices;
    std::vector<Package> packages;
    std::vector<GiftCertificate> giftCertificatesBought;
    Cents balanceCents = 0;
};

// A package sold, with its sale's invoice and payments.
struct PackageSold {
    Package package;
    PaidInvoice sale;
};

struct GiftCertificateSold {
    GiftCertificate certificate;
    PaidInvoice sale;
};

// Fees, payments and receipts, the same for the GUI and the CLI. Every write is one action of the
// UnitOfWork (an invoice with its payments, a void with its reissue): a process killed during it
// leaves all or nothing. Values are validated first: ValidationError naming the field and the
// rule, nothing saved.
class BillingService {
public:
    BillingService(BillingStore& billing, schedule::ScheduleStore& book, clients::ClientService& clients,
                   const Clock& clock, UnitOfWork& actions);

    BillingSettings settings() { return m_billing.settings(); }
    // Currency a three-letter code; tax name up to 16 characters with a rate 0–100 %; NPI ten
    // digits or empty. ConflictError when changed elsewhere. Returns them as saved.
    BillingSettings saveSettings(const BillingSettings& settings);

    // ---- Check-out -----------------------------------------------------------------------------

    // The charge a visit gets, not saved (check-out's first step): its service's fee for a visit
    // that is arrived or completed, the policy's fee for a late cancellation or a no-show, tax by
    // the service's rule. From a package: the package's share, tax included. ValidationError
    // (field "visit") for a visit still booked, cancelled in time, a referral-only visit or a fee
    // of nothing; (field "package") for a package of another client or service, or used up.
    Invoice chargeForVisit(AppointmentId visit, std::optional<PackageId> fromPackage = {});
    // Issues the visit's invoice and takes its payments (split across methods, or partial, or
    // none yet) as one action. A visit from a package is paid from it. ValidationError when the
    // visit has an invoice already or the payments come to more than the total.
    PaidInvoice checkOut(AppointmentId visit, const std::vector<PaymentDraft>& payments,
                         std::optional<PackageId> fromPackage = {});
    // Packages of the client's with visits left for the visit's service.
    std::vector<Package> packagesFor(AppointmentId visit);

    // ---- Invoices and payments -------------------------------------------------------------------

    PaidInvoice invoice(InvoiceId id);                       // NotFoundError
    PaidInvoice invoiceByNumber(long long number);           // NotFoundError
    std::optional<PaidInvoice> invoiceForVisit(AppointmentId visit);
    std::vector<PaidInvoice> invoicesIssuedBetween(const Date& from, const Date& to);
    // More payments toward an invoice: the rest of a partial payment, a split. ValidationError
    // when they come to more than what is due, or the invoice is void.
    PaidInvoice takePayments(InvoiceId id, const std::vector<PaymentDraft>& payments);
    // Money given back (amount > 0, reason required), no more than was paid by that method.
    // A refund to a gift certificate or a package puts the value back on it.
    PaidInvoice refund(InvoiceId id, PaymentMethod method, Cents amount, const std::string& reason);
    // Voids an invoice with no payments left on it (reason required): a visit can then be
    // checked out again. ValidationError (rule "paid") when payments remain.
    Invoice voidInvoice(InvoiceId id, const std::string& reason);
    // Voids the invoice and issues its correction in one action: the lines are the same but for
    // `lines` (amounts and descriptions the therapist fixed), and the payments move to the new
    // invoice. Returns the new one.
    PaidInvoice correctInvoice(InvoiceId id, const std::string& reason, const std::vector<InvoiceLine>& lines);

    // ---- Packages and gift certificates ---------------------------------------------------------

    // Sells `visits` visits of `service` for `price` (tax included) with its payments.
    PackageSold sellPackage(ClientId client, schedule::ServiceId service, int visits, Cents price,
                            const std::vector<PaymentDraft>& payments);
    // Sells a certificate of `amount` bought by `purchaser` for `recipientName`, with a new code.
    GiftCertificateSold sellGiftCertificate(ClientId purchaser, const std::string& recipientName, Cents amount,
                                            const std::vector<PaymentDraft>& payments);
    GiftCertificate giftCertificate(const std::string& code);  // NotFoundError

    // ---- Accounts and documents ------------------------------------------------------------------

    ClientAccount account(ClientId client);
    // The receipt of an invoice; `duplicate` when a copy was given before.
    ReceiptData receipt(InvoiceId id, bool duplicate);
    StatementData statement(ClientId client, const Date& from, const Date& to);
    SuperbillData superbill(ClientId client, const Date& from, const Date& to);
    YearIncome yearIncome(int year);
    YearReport yearReport(int year);  // the income, and who and what is owed at 31 December

private:
    schedule::Appointment visit(AppointmentId id);
    std::optional<schedule::Service> serviceOf(schedule::ServiceId id);
    // An invoice for the client dated today, in the practice's currency and tax.
    Invoice newInvoice(ClientId client);
    Invoice visitCharge(const schedule::Appointment& visit, const std::optional<Package>& package);
    Package usablePackage(const schedule::Appointment& visit, PackageId id);
    Payment paymentOf(const Invoice& invoice, PaymentMethod method, Cents amount);
    // The drafts as payments toward `due` on the invoice, checked (amounts, certificates' balances)
    // before anything is written; addPayments records them on the issued invoice.
    std::vector<Payment> paymentsFor(const Invoice& invoice, const std::vector<PaymentDraft>& drafts, Cents due);
    void addPayments(const Invoice& issued, std::vector<Payment> payments);
    GiftCertificate giftCertificateFor(const Invoice& invoice, const PaymentDraft& draft, const std::string& field);
    // Issues a package's or a certificate's sale, `record` saving what was sold, then its payments.
    PaidInvoice sellPrepayment(ClientId client, InvoiceLine line, const std::vector<PaymentDraft>& payments,
                               const std::function<void(const Invoice&)>& record);
    static void refuseIfVoid(const Invoice& invoice);
    PaidInvoice withPayments(Invoice invoice);

    BillingStore& m_billing;
    schedule::ScheduleStore& m_book;
    clients::ClientService& m_clients;
    const Clock& m_clock;
    UnitOfWork& m_actions;
};

} // namespace knotwork::billing
