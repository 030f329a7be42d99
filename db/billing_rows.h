#pragma once
// The rows of billing (db/migrations/0013_billing.sql): how an invoice, its lines, a payment, a
// package and a gift certificate are read from a row and written, shared by SqlBillingStore's
// reads and writes and the demo's bulk writes.

#include <string>
#include <soci/soci.h>

#include "billing/invoice.h"
#include "billing/payment.h"
#include "billing/prepaid.h"
#include "db/row_reader.h"

namespace knotwork::db {

extern const char* const kInvoiceColumns;
extern const char* const kInvoiceLineColumns;
extern const char* const kPaymentColumns;

// "SELECT <a package's columns and visits_used> FROM packages p": visits_used counts the payments
// from it on or before :paid_by when `asOfDay`, all of them otherwise. :paid_by is the first
// parameter: a caller's WHERE names its own (PostgreSQL counts each name once per place it appears).
std::string packageSelect(bool asOfDay);
// The same for gift certificates, with redeemed_cents.
std::string giftCertificateSelect(bool asOfDay);

// Each throws DamagedRecordError naming the record when a stored value is not one Knotwork wrote.
// An invoice is read without its lines (readInvoiceLineRow reads them).
billing::Invoice readInvoiceRow(const soci::row& row);
billing::InvoiceLine readInvoiceLineRow(const soci::row& row);
billing::Payment readPaymentRow(const soci::row& row);
billing::Package readPackageRow(const soci::row& row);
billing::GiftCertificate readGiftCertificateRow(const soci::row& row);

// What the audit trail keeps of a record: its stored columns.
std::string invoiceAuditJson(const billing::Invoice& invoice);
std::string paymentAuditJson(const billing::Payment& payment);
std::string packageAuditJson(const billing::Package& package);
std::string giftCertificateAuditJson(const billing::GiftCertificate& certificate);

// A gift certificate's code as compared: upper case, without dashes or spaces.
std::string comparableCode(const std::string& code);

// Prepared statements that append invoices (with their lines) and payments: one writer stores a
// year of a practice's billing as cheaply as one check-out. Create it inside the WriteTransaction
// that commits its rows; the caller checks what the foreign keys do not.
class BillingRowWriter {
public:
    explicit BillingRowWriter(soci::session& session);

    // Stores the invoice and its lines as given (number, status and issuedAt included); returns
    // the new id.
    billing::InvoiceId insertInvoice(const billing::Invoice& invoice);
    // recordedAt is the payment's or now.
    billing::PaymentId insertPayment(const billing::Payment& payment);
    billing::PackageId insertPackage(const billing::Package& package);
    billing::GiftCertificateId insertGiftCertificate(const billing::GiftCertificate& certificate);

private:
    soci::session& m_session;
    billing::Invoice m_invoice;
    billing::InvoiceLine m_line;
    billing::Payment m_payment;
    long long m_invoiceId = 0;
    int m_position = 0;
    std::string m_issuedOn, m_status, m_issuedAt, m_kind, m_receivedOn, m_method, m_recordedAt;
    Nullable<std::string> m_voidedAt, m_serviceDate;
    Nullable<long long> m_appointmentId, m_packageId, m_replaces, m_lineAppointmentId, m_certificateId,
        m_paymentPackageId;
    soci::statement m_insertInvoice, m_insertLine, m_insertPayment;
};

} // namespace knotwork::db
