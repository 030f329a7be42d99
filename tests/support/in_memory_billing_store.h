#pragma once
// BillingStore kept in memory, for tests of billing's rules that have nothing to do with SQL. It
// behaves as SqlBillingStore does where the service relies on it: invoices numbered 1, 2, 3 …,
// at most one issued invoice per visit (ConflictError), a void once (ConflictError after), an
// unknown client or invoice a NotFoundError, what was used of packages and certificates filled on
// reads (refunds put it back), lists in the SQL store's order. `clock` stamps what SQL stamps.

#include <map>

#include "billing/billing_store.h"
#include "common/clock.h"
#include "support/in_memory_client_store.h"

namespace knotwork::testing {

class InMemoryBillingStore final : public billing::BillingStore {
public:
    InMemoryBillingStore(InMemoryClientStore& clients, Clock clock);

    billing::BillingSettings settings() override;
    int setSettings(const billing::BillingSettings& settings) override;

    billing::Invoice issueInvoice(const billing::Invoice& invoice) override;
    void voidInvoice(billing::InvoiceId id, const Timestamp& at, const std::string& reason) override;
    std::optional<billing::Invoice> findInvoice(billing::InvoiceId id) override;
    std::optional<billing::Invoice> findInvoiceByNumber(long long number) override;
    std::optional<billing::Invoice> invoiceForVisit(billing::AppointmentId visit) override;
    std::vector<billing::Invoice> invoicesOf(billing::ClientId client) override;
    std::vector<billing::Invoice> invoicesIssuedBetween(const Date& from, const Date& to) override;

    billing::PaymentId addPayment(const billing::Payment& payment) override;
    std::vector<billing::Payment> paymentsOn(billing::InvoiceId invoice) override;
    std::vector<billing::Payment> paymentsOnInvoicesIssuedBetween(const Date& from, const Date& to) override;
    std::vector<billing::Payment> paymentsOf(billing::ClientId client) override;
    std::vector<billing::Payment> paymentsReceivedBetween(const Date& from, const Date& to) override;
    std::vector<billing::PaymentSums> paymentSumsByMonth(const Date& from, const Date& to) override;
    std::vector<billing::InvoiceSums> invoiceSumsByMonth(const Date& from, const Date& to) override;

    billing::PackageId addPackage(const billing::Package& package) override;
    std::optional<billing::Package> findPackage(billing::PackageId id) override;
    std::vector<billing::Package> packagesOf(billing::ClientId client) override;

    billing::GiftCertificateId addGiftCertificate(const billing::GiftCertificate& certificate) override;
    std::optional<billing::GiftCertificate> findGiftCertificate(const std::string& code) override;
    std::vector<billing::GiftCertificate> giftCertificatesBoughtBy(billing::ClientId purchaser) override;
    std::vector<billing::GiftCertificate> giftCertificatesAsOf(const Date& day) override;
    std::vector<billing::Package> packagesAsOf(const Date& day) override;

    std::vector<billing::ClientTotals> unbalancedClientsAsOf(const Date& day) override;
    void importBilling(const billing::BillingImport& records) override;

private:
    billing::Package withUse(billing::Package package, const Date& asOf);
    billing::GiftCertificate withUse(billing::GiftCertificate certificate, const Date& asOf);

    InMemoryClientStore& m_clients;
    Clock m_clock;
    billing::BillingSettings m_settings;
    std::map<billing::InvoiceId, billing::Invoice> m_invoices;
    std::map<billing::PaymentId, billing::Payment> m_payments;
    std::map<billing::PackageId, billing::Package> m_packages;
    std::map<billing::GiftCertificateId, billing::GiftCertificate> m_certificates;
};

} // namespace knotwork::testing
