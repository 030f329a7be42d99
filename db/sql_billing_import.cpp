// SqlBillingStore::importBilling: a year of billing as one write, through prepared statements.
#include "db/sql_billing_store.h"

#include <map>
#include <stdexcept>
#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "common/i18n.h"
#include "db/billing_rows.h"
#include "db/storage_errors.h"
#include "db/write_transaction.h"

namespace knotwork::db {

using namespace knotwork::billing;

namespace {

// The id stored for the record at `position` of the import (0 until it is stored).
long long storedId(const std::vector<long long>& ids, long long position, const char* what)
{
    if (position < 0 || static_cast<std::size_t>(position) >= ids.size() || ids[static_cast<std::size_t>(position)] == 0)
        throw std::invalid_argument(std::string("the import names ") + what + " " + std::to_string(position)
                                    + " before it is stored");
    return ids[static_cast<std::size_t>(position)];
}

std::optional<long long> storedId(const std::vector<long long>& ids, const std::optional<long long>& position,
                                  const char* what)
{
    return position ? std::optional(storedId(ids, *position, what)) : std::nullopt;
}

} // namespace

void SqlBillingStore::importBilling(const BillingImport& records)
{
    if (records.invoices.empty())
        return;
    try {
        WriteTransaction transaction(m_database, m_actor);
        soci::session& session = transaction.session();
        BillingRowWriter writer(session);
        long long number = 0;
        session << "SELECT COALESCE(MAX(number), 0) FROM invoices", soci::into(number);
        std::multimap<long long, std::size_t> packagesSoldOn, certificatesSoldOn;
        for (std::size_t i = 0; i < records.packages.size(); ++i)
            packagesSoldOn.emplace(records.packages[i].saleInvoiceId, i);
        for (std::size_t i = 0; i < records.certificates.size(); ++i)
            certificatesSoldOn.emplace(records.certificates[i].saleInvoiceId, i);
        std::vector<long long> invoiceIds(records.invoices.size()), packageIds(records.packages.size()),
            certificateIds(records.certificates.size());

        const Timestamp now = Timestamp::now();
        for (std::size_t i = 0; i < records.invoices.size(); ++i) {
            Invoice invoice = records.invoices[i];
            invoice.number = ++number;
            invoice.packageId = storedId(packageIds, invoice.packageId, "package");
            invoice.replaces = storedId(invoiceIds, invoice.replaces, "invoice");
            invoice.issuedAt = invoice.issuedAt.value_or(now);
            invoiceIds[i] = writer.insertInvoice(invoice);
            const long long position = static_cast<long long>(i);
            for (auto [sold, end] = packagesSoldOn.equal_range(position); sold != end; ++sold) {
                Package package = records.packages[sold->second];
                package.saleInvoiceId = invoiceIds[i];
                packageIds[sold->second] = writer.insertPackage(package);
            }
            for (auto [sold, end] = certificatesSoldOn.equal_range(position); sold != end; ++sold) {
                GiftCertificate certificate = records.certificates[sold->second];
                certificate.saleInvoiceId = invoiceIds[i];
                certificateIds[sold->second] = writer.insertGiftCertificate(certificate);
            }
        }
        for (Payment payment : records.payments) {
            payment.invoiceId = storedId(invoiceIds, payment.invoiceId, "invoice");
            payment.packageId = storedId(packageIds, payment.packageId, "package");
            payment.giftCertificateId = storedId(certificateIds, payment.giftCertificateId, "gift certificate");
            payment.recordedAt = payment.recordedAt.value_or(now);
            writer.insertPayment(payment);
        }
        transaction.audit({"billing", "", "import", std::nullopt,
                           nlohmann::json{{"invoices", records.invoices.size()},
                                          {"packages", records.packages.size()},
                                          {"gift_certificates", records.certificates.size()},
                                          {"payments", records.payments.size()}}.dump()});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("adding the billing records"));
    }
}

} // namespace knotwork::db
