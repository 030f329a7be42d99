#include "db/billing_rows.h"

#include <cctype>
#include <nlohmann/json.hpp>

#include "billing/billing_choices.h"
#include "db/record_damage.h"

namespace knotwork::db {

using namespace knotwork::billing;

const char* const kInvoiceColumns =
    "id, number, client_id, billed_to, issued_on, currency, tax_name, tax_basis_points, subtotal_cents, tax_cents, "
    "total_cents, appointment_id, package_id, replaces_id, status, voided_at, void_reason, issued_at";
const char* const kInvoiceLineColumns =
    "invoice_id, kind, description, appointment_id, service_date, minutes, amount_cents, tax_cents, cpt_code";
const char* const kPaymentColumns =
    "id, invoice_id, client_id, received_on, method, amount_cents, tip_cents, reference, gift_certificate_id, "
    "package_id, reason, recorded_at";

namespace {

std::string onOrBefore(bool asOfDay)
{
    return asOfDay ? " AND received_on <= :paid_by" : "";
}

nlohmann::json optionalJson(const std::optional<long long>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json();
}

} // namespace

std::string packageSelect(bool asOfDay)
{
    // A payment from the package takes a visit; a refund to it gives one back.
    return "SELECT p.id, p.client_id, p.service_id, p.name, p.visits, p.price_cents, p.sale_invoice_id, p.sold_on, "
           "COALESCE((SELECT SUM(CASE WHEN amount_cents > 0 THEN 1 WHEN amount_cents < 0 THEN -1 ELSE 0 END) "
           "FROM payments WHERE package_id = p.id"
           + onOrBefore(asOfDay) + "), 0) AS visits_used FROM packages p";
}

std::string giftCertificateSelect(bool asOfDay)
{
    return "SELECT g.id, g.code, g.purchaser_id, g.recipient_name, g.amount_cents, g.sale_invoice_id, g.sold_on, "
           "COALESCE((SELECT SUM(amount_cents) FROM payments WHERE gift_certificate_id = g.id"
           + onOrBefore(asOfDay) + "), 0) AS redeemed_cents FROM gift_certificates g";
}

Invoice readInvoiceRow(const soci::row& row)
{
    RowReader read(row);
    Invoice invoice;
    invoice.id = read.integer("id");
    readRecord(kInvoiceRecord, invoice.id, [&] {
        invoice.number = read.integer("number");
        invoice.clientId = read.integer("client_id");
        invoice.billedTo = read.text("billed_to");
        invoice.issuedOn = read.date("issued_on");
        invoice.currency = read.text("currency");
        invoice.taxName = read.text("tax_name");
        invoice.taxBasisPoints = static_cast<int>(read.integer("tax_basis_points"));
        invoice.subtotalCents = read.integer("subtotal_cents");
        invoice.taxCents = read.integer("tax_cents");
        invoice.totalCents = read.integer("total_cents");
        invoice.appointmentId = read.optionalInteger("appointment_id");
        invoice.packageId = read.optionalInteger("package_id");
        invoice.replaces = read.optionalInteger("replaces_id");
        invoice.status = read.choice<InvoiceStatus>("status", "invoices", std::to_string(invoice.id));
        if (const auto voidedAt = read.optionalText("voided_at"))
            invoice.voidedAt = Timestamp::fromIso8601(*voidedAt, "voided_at");
        invoice.voidReason = read.text("void_reason");
        invoice.issuedAt = read.timestamp("issued_at");
    });
    return invoice;
}

InvoiceLine readInvoiceLineRow(const soci::row& row)
{
    RowReader read(row);
    InvoiceLine line;
    const long long invoice = read.integer("invoice_id");
    readRecord(kInvoiceRecord, invoice, [&] {
        line.kind = read.choice<ChargeKind>("kind", "invoice_lines", "of invoice " + std::to_string(invoice));
        line.description = read.text("description");
        line.appointmentId = read.optionalInteger("appointment_id");
        line.serviceDate = read.optionalDate("service_date");
        line.minutes = static_cast<int>(read.integer("minutes"));
        line.amountCents = read.integer("amount_cents");
        line.taxCents = read.integer("tax_cents");
        line.cptCode = read.text("cpt_code");
    });
    return line;
}

Payment readPaymentRow(const soci::row& row)
{
    RowReader read(row);
    Payment payment;
    payment.id = read.integer("id");
    readRecord(kPaymentRecord, payment.id, [&] {
        payment.invoiceId = read.integer("invoice_id");
        payment.clientId = read.integer("client_id");
        payment.receivedOn = read.date("received_on");
        payment.method = read.choice<PaymentMethod>("method", "payments", std::to_string(payment.id));
        payment.amountCents = read.integer("amount_cents");
        payment.tipCents = read.integer("tip_cents");
        payment.reference = read.text("reference");
        payment.giftCertificateId = read.optionalInteger("gift_certificate_id");
        payment.packageId = read.optionalInteger("package_id");
        payment.reason = read.text("reason");
        payment.recordedAt = read.timestamp("recorded_at");
    });
    return payment;
}

Package readPackageRow(const soci::row& row)
{
    RowReader read(row);
    Package package;
    package.id = read.integer("id");
    readRecord(kPackageRecord, package.id, [&] {
        package.clientId = read.integer("client_id");
        package.serviceId = read.integer("service_id");
        package.name = read.text("name");
        package.visits = static_cast<int>(read.integer("visits"));
        package.priceCents = read.integer("price_cents");
        package.saleInvoiceId = read.integer("sale_invoice_id");
        package.soldOn = read.date("sold_on");
        package.visitsUsed = static_cast<int>(read.integer("visits_used"));
    });
    return package;
}

GiftCertificate readGiftCertificateRow(const soci::row& row)
{
    RowReader read(row);
    GiftCertificate certificate;
    certificate.id = read.integer("id");
    readRecord(kGiftCertificateRecord, certificate.id, [&] {
        certificate.code = read.text("code");
        certificate.purchaserId = read.integer("purchaser_id");
        certificate.recipientName = read.text("recipient_name");
        certificate.amountCents = read.integer("amount_cents");
        certificate.saleInvoiceId = read.integer("sale_invoice_id");
        certificate.soldOn = read.date("sold_on");
        certificate.redeemedCents = read.integer("redeemed_cents");
    });
    return certificate;
}

std::string invoiceAuditJson(const Invoice& invoice)
{
    nlohmann::json lines = nlohmann::json::array();
    for (const InvoiceLine& line : invoice.lines)
        lines.push_back({{"kind", keyOf(line.kind)},
                         {"description", line.description},
                         {"appointment_id", optionalJson(line.appointmentId)},
                         {"service_date", line.serviceDate ? nlohmann::json(isoDate(*line.serviceDate))
                                                           : nlohmann::json()},
                         {"minutes", line.minutes},
                         {"amount_cents", line.amountCents},
                         {"tax_cents", line.taxCents},
                         {"cpt_code", line.cptCode}});
    return nlohmann::json{{"number", invoice.number},
                          {"client_id", invoice.clientId},
                          {"billed_to", invoice.billedTo},
                          {"issued_on", isoDate(invoice.issuedOn)},
                          {"currency", invoice.currency},
                          {"tax_name", invoice.taxName},
                          {"tax_basis_points", invoice.taxBasisPoints},
                          {"subtotal_cents", invoice.subtotalCents},
                          {"tax_cents", invoice.taxCents},
                          {"total_cents", invoice.totalCents},
                          {"appointment_id", optionalJson(invoice.appointmentId)},
                          {"package_id", optionalJson(invoice.packageId)},
                          {"replaces_id", optionalJson(invoice.replaces)},
                          {"lines", lines}}
        .dump();
}

std::string paymentAuditJson(const Payment& payment)
{
    return nlohmann::json{{"invoice_id", payment.invoiceId},
                          {"client_id", payment.clientId},
                          {"received_on", isoDate(payment.receivedOn)},
                          {"method", keyOf(payment.method)},
                          {"amount_cents", payment.amountCents},
                          {"tip_cents", payment.tipCents},
                          {"reference", payment.reference},
                          {"gift_certificate_id", optionalJson(payment.giftCertificateId)},
                          {"package_id", optionalJson(payment.packageId)},
                          {"reason", payment.reason}}
        .dump();
}

std::string packageAuditJson(const Package& package)
{
    return nlohmann::json{{"client_id", package.clientId},
                          {"service_id", package.serviceId},
                          {"name", package.name},
                          {"visits", package.visits},
                          {"price_cents", package.priceCents},
                          {"sale_invoice_id", package.saleInvoiceId},
                          {"sold_on", isoDate(package.soldOn)}}
        .dump();
}

std::string giftCertificateAuditJson(const GiftCertificate& certificate)
{
    return nlohmann::json{{"code", certificate.code},
                          {"purchaser_id", certificate.purchaserId},
                          {"recipient_name", certificate.recipientName},
                          {"amount_cents", certificate.amountCents},
                          {"sale_invoice_id", certificate.saleInvoiceId},
                          {"sold_on", isoDate(certificate.soldOn)}}
        .dump();
}

std::string comparableCode(const std::string& code)
{
    std::string comparable;
    for (const char c : code)
        if (c != '-' && c != ' ')
            comparable += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return comparable;
}

BillingRowWriter::BillingRowWriter(soci::session& session)
    : m_session(session),
      m_insertInvoice(
          (session.prepare << "INSERT INTO invoices (number, client_id, billed_to, issued_on, currency, tax_name, "
                              "tax_basis_points, subtotal_cents, tax_cents, total_cents, appointment_id, package_id, "
                              "replaces_id, status, voided_at, void_reason, issued_at) VALUES (:number, :client_id, "
                              ":billed_to, :issued_on, :currency, :tax_name, :tax_basis_points, :subtotal_cents, "
                              ":tax_cents, :total_cents, :appointment_id, :package_id, :replaces_id, :status, "
                              ":voided_at, :void_reason, :issued_at)",
           soci::use(m_invoice.number), soci::use(m_invoice.clientId), soci::use(m_invoice.billedTo),
           soci::use(m_issuedOn), soci::use(m_invoice.currency), soci::use(m_invoice.taxName),
           soci::use(m_invoice.taxBasisPoints), soci::use(m_invoice.subtotalCents), soci::use(m_invoice.taxCents),
           soci::use(m_invoice.totalCents), soci::use(m_appointmentId.value, m_appointmentId.indicator),
           soci::use(m_packageId.value, m_packageId.indicator), soci::use(m_replaces.value, m_replaces.indicator),
           soci::use(m_status), soci::use(m_voidedAt.value, m_voidedAt.indicator), soci::use(m_invoice.voidReason),
           soci::use(m_issuedAt))),
      m_insertLine(
          (session.prepare << "INSERT INTO invoice_lines (invoice_id, position, kind, description, appointment_id, "
                              "service_date, minutes, amount_cents, tax_cents, cpt_code) VALUES (:invoice_id, "
                              ":position, :kind, :description, :appointment_id, :service_date, :minutes, "
                              ":amount_cents, :tax_cents, :cpt_code)",
           soci::use(m_invoiceId), soci::use(m_position), soci::use(m_kind), soci::use(m_line.description),
           soci::use(m_lineAppointmentId.value, m_lineAppointmentId.indicator),
           soci::use(m_serviceDate.value, m_serviceDate.indicator), soci::use(m_line.minutes),
           soci::use(m_line.amountCents), soci::use(m_line.taxCents), soci::use(m_line.cptCode))),
      m_insertPayment(
          (session.prepare << "INSERT INTO payments (invoice_id, client_id, received_on, method, amount_cents, "
                              "tip_cents, reference, gift_certificate_id, package_id, reason, recorded_at) VALUES "
                              "(:invoice_id, :client_id, :received_on, :method, :amount_cents, :tip_cents, "
                              ":reference, :gift_certificate_id, :package_id, :reason, :recorded_at)",
           soci::use(m_payment.invoiceId), soci::use(m_payment.clientId), soci::use(m_receivedOn),
           soci::use(m_method), soci::use(m_payment.amountCents), soci::use(m_payment.tipCents),
           soci::use(m_payment.reference), soci::use(m_certificateId.value, m_certificateId.indicator),
           soci::use(m_paymentPackageId.value, m_paymentPackageId.indicator), soci::use(m_payment.reason),
           soci::use(m_recordedAt)))
{
}

InvoiceId BillingRowWriter::insertInvoice(const Invoice& invoice)
{
    m_invoice = invoice;
    m_issuedOn = isoDate(invoice.issuedOn);
    m_appointmentId = nullableId(invoice.appointmentId);
    m_packageId = nullableId(invoice.packageId);
    m_replaces = nullableId(invoice.replaces);
    m_status = std::string(keyOf(invoice.status));
    m_voidedAt = Nullable<std::string>(invoice.voidedAt ? std::optional<std::string>(invoice.voidedAt->iso8601())
                                                        : std::nullopt);
    m_issuedAt = invoice.issuedAt.value_or(Timestamp::now()).iso8601();
    m_insertInvoice.execute(true);
    m_invoiceId = insertedId(m_session, "invoices");
    for (m_position = 0; m_position < static_cast<int>(invoice.lines.size()); ++m_position) {
        m_line = invoice.lines[static_cast<std::size_t>(m_position)];
        m_kind = std::string(keyOf(m_line.kind));
        m_lineAppointmentId = nullableId(m_line.appointmentId);
        m_serviceDate = nullableDate(m_line.serviceDate);
        m_insertLine.execute(true);
    }
    return m_invoiceId;
}

PaymentId BillingRowWriter::insertPayment(const Payment& payment)
{
    m_payment = payment;
    m_receivedOn = isoDate(payment.receivedOn);
    m_method = std::string(keyOf(payment.method));
    m_certificateId = nullableId(payment.giftCertificateId);
    m_paymentPackageId = nullableId(payment.packageId);
    m_recordedAt = payment.recordedAt.value_or(Timestamp::now()).iso8601();
    m_insertPayment.execute(true);
    return insertedId(m_session, "payments");
}

PackageId BillingRowWriter::insertPackage(const Package& package)
{
    const std::string soldOn = isoDate(package.soldOn);
    m_session << "INSERT INTO packages (client_id, service_id, name, visits, price_cents, sale_invoice_id, sold_on) "
                 "VALUES (:client_id, :service_id, :name, :visits, :price_cents, :sale_invoice_id, :sold_on)",
        soci::use(package.clientId), soci::use(package.serviceId), soci::use(package.name), soci::use(package.visits),
        soci::use(package.priceCents), soci::use(package.saleInvoiceId), soci::use(soldOn);
    return insertedId(m_session, "packages");
}

GiftCertificateId BillingRowWriter::insertGiftCertificate(const GiftCertificate& certificate)
{
    const std::string soldOn = isoDate(certificate.soldOn);
    m_session << "INSERT INTO gift_certificates (code, purchaser_id, recipient_name, amount_cents, sale_invoice_id, "
                 "sold_on) VALUES (:code, :purchaser_id, :recipient_name, :amount_cents, :sale_invoice_id, :sold_on)",
        soci::use(certificate.code), soci::use(certificate.purchaserId), soci::use(certificate.recipientName),
        soci::use(certificate.amountCents), soci::use(certificate.saleInvoiceId), soci::use(soldOn);
    return insertedId(m_session, "gift_certificates");
}

} // namespace knotwork::db
