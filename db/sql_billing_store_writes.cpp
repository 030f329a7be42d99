// SqlBillingStore's writes: each one audited transaction (a savepoint inside a UnitOfWork).
#include "db/sql_billing_store.h"

#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "billing/billing_choices.h"
#include "common/error.h"
#include "common/i18n.h"
#include "db/billing_rows.h"
#include "db/row_reader.h"
#include "db/storage_errors.h"
#include "db/write_transaction.h"

namespace knotwork::db {

using namespace knotwork::billing;

namespace {

void requireInvoice(soci::session& session, InvoiceId id)
{
    requireRow(session, "invoices", id, N_("There is no invoice number {} in this practice."));
}

// What an invoice refers to is in the practice, and its visit has no issued invoice yet.
void requireReferences(soci::session& session, const Invoice& invoice)
{
    requireClientRow(session, invoice.clientId);
    if (invoice.packageId)
        requireRow(session, "packages", *invoice.packageId, N_("There is no package number {} in this practice."));
    if (invoice.replaces)
        requireInvoice(session, *invoice.replaces);
    if (!invoice.appointmentId)
        return;
    requireRow(session, "appointments", *invoice.appointmentId, N_("There is no appointment number {} in this practice."));
    long long issued = 0;
    session << "SELECT COUNT(*) FROM invoices WHERE appointment_id = :visit AND status = 'issued'",
        soci::use(*invoice.appointmentId), soci::into(issued);
    if (issued > 0)
        throw ConflictError(_("This visit already has an invoice. Void it first to invoice the visit again."));
}

} // namespace

int SqlBillingStore::setSettings(const BillingSettings& settings)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        const std::string rules(keyOf(settings.rules));
        soci::statement update =
            (transaction.session().prepare
                 << "UPDATE practice_settings SET billing_currency = :currency, tax_name = :tax_name, "
                    "tax_basis_points = :basis_points, tax_number = :tax_number, receipt_rules = :rules, "
                    "service_wording = :wording, npi = :npi, billing_row_version = billing_row_version + 1 "
                    "WHERE id = 1 AND billing_row_version = :version",
             soci::use(settings.currency), soci::use(settings.taxName), soci::use(settings.taxBasisPoints),
             soci::use(settings.taxNumber), soci::use(rules), soci::use(settings.serviceWording),
             soci::use(settings.npi), soci::use(settings.rowVersion));
        update.execute(true);
        if (update.get_affected_rows() != 1)
            throw ConflictError(_("The billing settings were changed elsewhere since you opened them. Nothing was "
                                  "overwritten: reopen them and try again."));
        transaction.audit({"billing_settings", "1", "update", std::nullopt,
                           nlohmann::json{{"currency", settings.currency},
                                          {"tax_name", settings.taxName},
                                          {"tax_basis_points", settings.taxBasisPoints},
                                          {"tax_number", settings.taxNumber},
                                          {"receipt_rules", rules},
                                          {"service_wording", settings.serviceWording},
                                          {"npi", settings.npi}}.dump()});
        transaction.commit();
        return settings.rowVersion + 1;
    } catch (...) {
        rethrowAsStorageError(_("saving the billing settings"));
    }
}

Invoice SqlBillingStore::issueInvoice(const Invoice& invoice)
{
    try {
        // BEGIN IMMEDIATE: no other writer runs between reading the last number and storing the
        // next, so two processes issuing at once never take the same one or leave a gap.
        WriteTransaction transaction(m_database, m_actor);
        soci::session& session = transaction.session();
        requireReferences(session, invoice);
        Invoice issued = invoice;
        session << "SELECT COALESCE(MAX(number), 0) + 1 FROM invoices", soci::into(issued.number);
        issued.status = InvoiceStatus::Issued;
        issued.voidedAt.reset();
        issued.voidReason.clear();
        issued.issuedAt = Timestamp::now();
        issued.id = BillingRowWriter(session).insertInvoice(issued);
        transaction.audit({"invoice", std::to_string(issued.id), "create", std::nullopt, invoiceAuditJson(issued)});
        transaction.commit();
        return issued;
    } catch (...) {
        rethrowAsStorageError(_("issuing the invoice"));
    }
}

void SqlBillingStore::voidInvoice(InvoiceId id, const Timestamp& at, const std::string& reason)
{
    if (reason.empty())
        throw ValidationError("reason", "required", _("Say why the invoice is voided."));
    try {
        WriteTransaction transaction(m_database, m_actor);
        const std::string voidedAt = at.iso8601();
        soci::statement update =
            (transaction.session().prepare << "UPDATE invoices SET status = 'void', voided_at = :voided_at, "
                                              "void_reason = :reason WHERE id = :id AND status = 'issued'",
             soci::use(voidedAt), soci::use(reason), soci::use(id));
        update.execute(true);
        if (update.get_affected_rows() != 1) {
            requireInvoice(transaction.session(), id);
            throw ConflictError(_("This invoice has already been voided."));
        }
        transaction.audit({"invoice", std::to_string(id), "void", std::nullopt,
                           nlohmann::json{{"voided_at", voidedAt}, {"void_reason", reason}}.dump()});
        transaction.commit();
    } catch (...) {
        rethrowAsStorageError(_("voiding the invoice"));
    }
}

PaymentId SqlBillingStore::addPayment(const Payment& payment)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        soci::session& session = transaction.session();
        requireInvoice(session, payment.invoiceId);
        requireClientRow(session, payment.clientId);
        if (payment.giftCertificateId)
            requireRow(session, "gift_certificates", *payment.giftCertificateId,
                    N_("There is no gift certificate number {} in this practice."));
        if (payment.packageId)
            requireRow(session, "packages", *payment.packageId, N_("There is no package number {} in this practice."));
        const PaymentId id = BillingRowWriter(session).insertPayment(payment);
        transaction.audit({"payment", std::to_string(id), "create", std::nullopt, paymentAuditJson(payment)});
        transaction.commit();
        return id;
    } catch (...) {
        rethrowAsStorageError(_("recording the payment"));
    }
}

PackageId SqlBillingStore::addPackage(const Package& package)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        soci::session& session = transaction.session();
        requireClientRow(session, package.clientId);
        requireRow(session, "services", package.serviceId, N_("There is no service number {} in this practice."));
        requireInvoice(session, package.saleInvoiceId);
        const PackageId id = BillingRowWriter(session).insertPackage(package);
        transaction.audit({"package", std::to_string(id), "create", std::nullopt, packageAuditJson(package)});
        transaction.commit();
        return id;
    } catch (...) {
        rethrowAsStorageError(_("saving the package"));
    }
}

GiftCertificateId SqlBillingStore::addGiftCertificate(const GiftCertificate& certificate)
{
    try {
        WriteTransaction transaction(m_database, m_actor);
        soci::session& session = transaction.session();
        requireClientRow(session, certificate.purchaserId);
        requireInvoice(session, certificate.saleInvoiceId);
        if (findGiftCertificate(certificate.code))
            throw ConflictError(formatMessage(_("The gift certificate code {} is already taken."), certificate.code));
        const GiftCertificateId id = BillingRowWriter(session).insertGiftCertificate(certificate);
        transaction.audit({"gift_certificate", std::to_string(id), "create", std::nullopt,
                           giftCertificateAuditJson(certificate)});
        transaction.commit();
        return id;
    } catch (...) {
        rethrowAsStorageError(_("saving the gift certificate"));
    }
}

} // namespace knotwork::db
