#pragma once

#include <string>

#include "billing/billing_store.h"
#include "db/database.h"

namespace knotwork::db {

// BillingStore over SQL (see db/migrations/0013_billing.sql). Reads are in sql_billing_store.cpp,
// writes in sql_billing_store_writes.cpp. The settings are columns of practice_settings with their
// own billing_row_version; the next invoice number is MAX(number) + 1, taken under the write lock
// (BEGIN IMMEDIATE serialises writers), so numbers have no gap whichever process issues them and
// whenever one is killed. The sqlite part of the migration refuses changing what was billed.
class SqlBillingStore : public billing::BillingStore {
public:
    SqlBillingStore(Database& database, std::string actor);

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

    // In sql_billing_import.cpp.
    void importBilling(const billing::BillingImport& records) override;

private:
    Database& m_database;
    std::string m_actor;
};

} // namespace knotwork::db
