// SqlBillingStore's reads.
#include "db/sql_billing_store.h"

#include <map>
#include <utility>
#include <soci/soci.h>

#include "billing/billing_choices.h"
#include "common/i18n.h"
#include "db/billing_rows.h"
#include "db/record_damage.h"
#include "db/row_reader.h"
#include "db/storage_errors.h"

namespace knotwork::db {

using namespace knotwork::billing;

namespace {

// The invoices "FROM invoices <where> <order>" finds, binding `bound` in order, with their lines:
// two queries however many there are.
template <typename... Bound>
std::vector<Invoice> invoicesWhere(soci::session& session, const std::string& where, const std::string& order,
                                   const Bound&... bound)
{
    std::vector<Invoice> invoices = readAll(
        session, std::string("SELECT ") + kInvoiceColumns + " FROM invoices " + where + " " + order, readInvoiceRow,
        bound...);
    if (invoices.empty())
        return invoices;
    std::map<InvoiceId, Invoice*> byId;
    for (Invoice& invoice : invoices)
        byId[invoice.id] = &invoice;
    soci::row row;
    soci::details::prepare_temp_type prepared =
        (session.prepare << std::string("SELECT ") + kInvoiceLineColumns
                                + " FROM invoice_lines WHERE invoice_id IN (SELECT id FROM invoices " + where
                                + ") ORDER BY invoice_id, position");
    static_cast<void>((prepared, ..., soci::use(bound)));
    prepared, soci::into(row);
    soci::statement statement = prepared;
    statement.execute(false);
    while (statement.fetch()) {
        const InvoiceLine line = readInvoiceLineRow(row);
        byId.at(RowReader(row).integer("invoice_id"))->lines.push_back(line);
    }
    return invoices;
}

template <typename T>
std::optional<T> firstOf(std::vector<T> found)
{
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

template <typename... Bound>
std::optional<Invoice> oneInvoiceWhere(soci::session& session, const std::string& where, const Bound&... bound)
{
    return firstOf(invoicesWhere(session, where, "", bound...));
}

template <typename... Bound>
std::vector<Payment> paymentsWhere(soci::session& session, const std::string& tail, const Bound&... bound)
{
    return readAll(session, std::string("SELECT ") + kPaymentColumns + " FROM payments " + tail, readPaymentRow,
                   bound...);
}

// A day's month as a number, for grouping by it: days are stored as 'YYYY-MM-DD'.
std::string monthOf(const std::string& dayColumn)
{
    return "CAST(SUBSTR(" + dayColumn + ", 6, 2) AS INTEGER)";
}

} // namespace

SqlBillingStore::SqlBillingStore(Database& database, std::string actor)
    : m_database(database), m_actor(std::move(actor))
{
}

BillingSettings SqlBillingStore::settings()
{
    try {
        soci::row row;
        m_database.session() << "SELECT billing_currency, tax_name, tax_basis_points, tax_number, receipt_rules, "
                                "service_wording, npi, billing_row_version, "
                                "(SELECT COALESCE(MAX(number), 0) + 1 FROM invoices) AS next_number "
                                "FROM practice_settings WHERE id = 1",
            soci::into(row);
        RowReader read(row);
        BillingSettings settings;
        readRecord(kPracticeSettings, 1, [&] {
            settings.currency = read.text("billing_currency");
            settings.taxName = read.text("tax_name");
            settings.taxBasisPoints = static_cast<int>(read.integer("tax_basis_points"));
            settings.taxNumber = read.text("tax_number");
            settings.rules = read.choice<ReceiptRules>("receipt_rules", "practice_settings", "1");
            settings.serviceWording = read.text("service_wording");
            settings.npi = read.text("npi");
            settings.nextInvoiceNumber = static_cast<int>(read.integer("next_number"));
            settings.rowVersion = static_cast<int>(read.integer("billing_row_version"));
        });
        return settings;
    } catch (...) {
        rethrowAsStorageError(_("reading the billing settings"));
    }
}

std::optional<Invoice> SqlBillingStore::findInvoice(InvoiceId id)
{
    try {
        return oneInvoiceWhere(m_database.session(), "WHERE id = :id", id);
    } catch (...) {
        rethrowAsStorageError(_("reading the invoice"));
    }
}

std::optional<Invoice> SqlBillingStore::findInvoiceByNumber(long long number)
{
    try {
        return oneInvoiceWhere(m_database.session(), "WHERE number = :number", number);
    } catch (...) {
        rethrowAsStorageError(_("reading the invoice"));
    }
}

std::optional<Invoice> SqlBillingStore::invoiceForVisit(AppointmentId visit)
{
    try {
        return oneInvoiceWhere(m_database.session(), "WHERE appointment_id = :visit AND status = 'issued'", visit);
    } catch (...) {
        rethrowAsStorageError(_("reading the visit's invoice"));
    }
}

std::vector<Invoice> SqlBillingStore::invoicesOf(ClientId client)
{
    try {
        return invoicesWhere(m_database.session(), "WHERE client_id = :client", "ORDER BY number DESC", client);
    } catch (...) {
        rethrowAsStorageError(_("reading the client's invoices"));
    }
}

std::vector<Invoice> SqlBillingStore::invoicesIssuedBetween(const Date& from, const Date& to)
{
    try {
        const std::string first = isoDate(from), last = isoDate(to);
        return invoicesWhere(m_database.session(), "WHERE issued_on >= :from_day AND issued_on <= :to_day",
                             "ORDER BY number", first, last);
    } catch (...) {
        rethrowAsStorageError(_("reading the invoices"));
    }
}

std::vector<Payment> SqlBillingStore::paymentsOn(InvoiceId invoice)
{
    try {
        return paymentsWhere(m_database.session(), "WHERE invoice_id = :invoice ORDER BY id", invoice);
    } catch (...) {
        rethrowAsStorageError(_("reading the invoice's payments"));
    }
}

std::vector<Payment> SqlBillingStore::paymentsOnInvoicesIssuedBetween(const Date& from, const Date& to)
{
    try {
        const std::string first = isoDate(from), last = isoDate(to);
        return paymentsWhere(m_database.session(),
                             "WHERE invoice_id IN (SELECT id FROM invoices WHERE issued_on >= :from_day "
                             "AND issued_on <= :to_day) ORDER BY invoice_id, id",
                             first, last);
    } catch (...) {
        rethrowAsStorageError(_("reading the invoices' payments"));
    }
}

std::vector<Payment> SqlBillingStore::paymentsOf(ClientId client)
{
    try {
        return paymentsWhere(m_database.session(), "WHERE client_id = :client ORDER BY id", client);
    } catch (...) {
        rethrowAsStorageError(_("reading the client's payments"));
    }
}

std::vector<Payment> SqlBillingStore::paymentsReceivedBetween(const Date& from, const Date& to)
{
    try {
        const std::string first = isoDate(from), last = isoDate(to);
        return paymentsWhere(m_database.session(),
                             "WHERE received_on >= :from_day AND received_on <= :to_day ORDER BY received_on, id",
                             first, last);
    } catch (...) {
        rethrowAsStorageError(_("reading the payments"));
    }
}

std::vector<PaymentSums> SqlBillingStore::paymentSumsByMonth(const Date& from, const Date& to)
{
    try {
        const std::string first = isoDate(from), last = isoDate(to);
        return readAll(
            m_database.session(),
            "SELECT " + monthOf("received_on") + " AS month, method, SUM(amount_cents) AS amount, "
                "SUM(tip_cents) AS tips FROM payments WHERE received_on >= :from_day AND received_on <= :to_day "
                "GROUP BY " + monthOf("received_on") + ", method ORDER BY month, method",
            [](const soci::row& row) {
                RowReader read(row);
                PaymentSums sums;
                sums.month = static_cast<int>(read.integer("month"));
                sums.method = read.choice<PaymentMethod>("method", "payments", "summed");
                sums.amountCents = read.integer("amount");
                sums.tipCents = read.integer("tips");
                return sums;
            },
            first, last);
    } catch (...) {
        rethrowAsStorageError(_("adding up the payments"));
    }
}

std::vector<InvoiceSums> SqlBillingStore::invoiceSumsByMonth(const Date& from, const Date& to)
{
    try {
        const std::string first = isoDate(from), last = isoDate(to);
        // An invoice's lines are stored from position 0.
        return readAll(
            m_database.session(),
            "SELECT " + monthOf("i.issued_on") + " AS month, i.status, l.kind, COUNT(*) AS invoices, "
                "SUM(i.subtotal_cents) AS subtotal, SUM(i.tax_cents) AS tax FROM invoices i "
                "LEFT JOIN invoice_lines l ON l.invoice_id = i.id AND l.position = 0 "
                "WHERE i.issued_on >= :from_day AND i.issued_on <= :to_day "
                "GROUP BY " + monthOf("i.issued_on") + ", i.status, l.kind ORDER BY month, i.status, l.kind",
            [](const soci::row& row) {
                RowReader read(row);
                InvoiceSums sums;
                sums.month = static_cast<int>(read.integer("month"));
                sums.status = read.choice<InvoiceStatus>("status", "invoices", "summed");
                if (read.optionalText("kind"))
                    sums.firstLineKind = read.choice<ChargeKind>("kind", "invoice_lines", "summed");
                sums.count = static_cast<int>(read.integer("invoices"));
                sums.subtotalCents = read.integer("subtotal");
                sums.taxCents = read.integer("tax");
                return sums;
            },
            first, last);
    } catch (...) {
        rethrowAsStorageError(_("adding up the invoices"));
    }
}

std::optional<Package> SqlBillingStore::findPackage(PackageId id)
{
    try {
        return firstOf(readAll(m_database, packageSelect(false) + " WHERE p.id = :id", readPackageRow, id));
    } catch (...) {
        rethrowAsStorageError(_("reading the package"));
    }
}

std::vector<Package> SqlBillingStore::packagesOf(ClientId client)
{
    try {
        return readAll(m_database, packageSelect(false) + " WHERE p.client_id = :client ORDER BY p.id",
                       readPackageRow, client);
    } catch (...) {
        rethrowAsStorageError(_("reading the client's packages"));
    }
}

std::vector<Package> SqlBillingStore::packagesAsOf(const Date& day)
{
    try {
        const std::string last = isoDate(day);
        return readAll(m_database, packageSelect(true) + " WHERE p.sold_on <= :day ORDER BY p.id",
                       readPackageRow, last, last);
    } catch (...) {
        rethrowAsStorageError(_("reading the packages"));
    }
}

std::optional<GiftCertificate> SqlBillingStore::findGiftCertificate(const std::string& code)
{
    try {
        const std::string comparable = comparableCode(code);
        return firstOf(readAll(m_database,
                               giftCertificateSelect(false)
                                   + " WHERE UPPER(REPLACE(REPLACE(g.code, '-', ''), ' ', '')) = :code",
                               readGiftCertificateRow, comparable));
    } catch (...) {
        rethrowAsStorageError(_("reading the gift certificate"));
    }
}

std::vector<GiftCertificate> SqlBillingStore::giftCertificatesBoughtBy(ClientId purchaser)
{
    try {
        return readAll(m_database, giftCertificateSelect(false) + " WHERE g.purchaser_id = :purchaser ORDER BY g.id",
                       readGiftCertificateRow, purchaser);
    } catch (...) {
        rethrowAsStorageError(_("reading the client's gift certificates"));
    }
}

std::vector<GiftCertificate> SqlBillingStore::giftCertificatesAsOf(const Date& day)
{
    try {
        const std::string last = isoDate(day);
        return readAll(m_database,
                       giftCertificateSelect(true) + " WHERE g.sold_on <= :day ORDER BY g.id",
                       readGiftCertificateRow, last, last);
    } catch (...) {
        rethrowAsStorageError(_("reading the gift certificates"));
    }
}

std::vector<ClientTotals> SqlBillingStore::unbalancedClientsAsOf(const Date& day)
{
    try {
        const std::string last = isoDate(day);
        // The invoices and the payments as one list summed per client: SQLite reads each in the
        // order it is stored and sorts the sums, where summing each apart per client followed the
        // by-client index to every row in turn, four times slower in a year of 60,000 invoices.
        return readAll(
            m_database.session(),
            "SELECT c.id, c.family_name, c.given_names, b.invoiced, b.paid FROM (SELECT client_id, "
            "SUM(invoiced) AS invoiced, SUM(paid) AS paid FROM (SELECT client_id, total_cents AS invoiced, 0 AS paid "
            "FROM invoices WHERE status = 'issued' AND issued_on <= :invoiced_by UNION ALL "
            "SELECT p.client_id, 0 AS invoiced, p.amount_cents AS paid FROM payments p JOIN invoices paid_on "
            "ON paid_on.id = p.invoice_id AND paid_on.status = 'issued' WHERE p.received_on <= :paid_by) rows_of "
            "GROUP BY client_id HAVING SUM(invoiced) <> SUM(paid)) b JOIN clients c ON c.id = b.client_id "
            "ORDER BY c.family_name, c.given_names, c.id",
            [](const soci::row& row) {
                RowReader read(row);
                clients::Client client;
                client.familyName = read.text("family_name");
                client.givenNames = read.text("given_names");
                return ClientTotals{read.integer("id"), clients::listName(client), read.integer("invoiced"),
                                    read.integer("paid")};
            },
            last, last);
    } catch (...) {
        rethrowAsStorageError(_("reading the clients' balances"));
    }
}

} // namespace knotwork::db
