#include "support/in_memory_billing_store.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

#include "common/error.h"

namespace knotwork::testing {

using namespace knotwork::billing;

namespace {

const Date kEverything(9999, 12, 31);

[[noreturn]] void missing(const char* what, long long id)
{
    throw NotFoundError("There is no " + std::string(what) + " number " + std::to_string(id) + " in this practice.");
}

// A code as typed: capitals, without dashes or spaces.
std::string comparable(const std::string& code)
{
    std::string plain;
    for (char c : code)
        if (c != '-' && c != ' ')
            plain += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return plain;
}

template <class Map, class Keep>
auto valuesWhere(const Map& map, Keep keep)
{
    std::vector<typename Map::mapped_type> values;
    for (const auto& [id, value] : map)
        if (keep(value))
            values.push_back(value);
    return values;
}

} // namespace

InMemoryBillingStore::InMemoryBillingStore(InMemoryClientStore& clients, Clock clock)
    : m_clients(clients), m_clock(std::move(clock))
{
}

BillingSettings InMemoryBillingStore::settings()
{
    BillingSettings settings = m_settings;
    settings.nextInvoiceNumber = static_cast<int>(m_invoices.size()) + 1;
    return settings;
}

int InMemoryBillingStore::setSettings(const BillingSettings& settings)
{
    if (settings.rowVersion != m_settings.rowVersion)
        throw ConflictError("The billing settings were changed elsewhere.");
    m_settings = settings;
    return ++m_settings.rowVersion;
}

Invoice InMemoryBillingStore::issueInvoice(const Invoice& invoice)
{
    m_clients.chart(invoice.clientId);  // NotFoundError for an unknown client
    if (invoice.appointmentId && invoiceForVisit(*invoice.appointmentId))
        throw ConflictError("The visit already has an invoice.");
    Invoice issued = invoice;
    issued.id = static_cast<InvoiceId>(m_invoices.size()) + 1;
    issued.number = issued.id;
    issued.status = InvoiceStatus::Issued;
    issued.issuedAt = m_clock.now();
    m_invoices[issued.id] = issued;
    return issued;
}

void InMemoryBillingStore::voidInvoice(InvoiceId id, const Timestamp& at, const std::string& reason)
{
    const auto found = m_invoices.find(id);
    if (found == m_invoices.end())
        missing("invoice", id);
    if (found->second.isVoid())
        throw ConflictError("The invoice is void already.");
    found->second.status = InvoiceStatus::Void;
    found->second.voidedAt = at;
    found->second.voidReason = reason;
}

std::optional<Invoice> InMemoryBillingStore::findInvoice(InvoiceId id)
{
    const auto found = m_invoices.find(id);
    return found == m_invoices.end() ? std::nullopt : std::optional(found->second);
}

std::optional<Invoice> InMemoryBillingStore::findInvoiceByNumber(long long number)
{
    return findInvoice(number);
}

std::optional<Invoice> InMemoryBillingStore::invoiceForVisit(AppointmentId visit)
{
    for (const auto& [id, invoice] : m_invoices)
        if (invoice.appointmentId == visit && !invoice.isVoid())
            return invoice;
    return std::nullopt;
}

std::vector<Invoice> InMemoryBillingStore::invoicesOf(ClientId client)
{
    std::vector<Invoice> invoices = valuesWhere(m_invoices, [&](const Invoice& i) { return i.clientId == client; });
    std::reverse(invoices.begin(), invoices.end());
    return invoices;
}

std::vector<Invoice> InMemoryBillingStore::invoicesIssuedBetween(const Date& from, const Date& to)
{
    return valuesWhere(m_invoices, [&](const Invoice& i) { return i.issuedOn >= from && i.issuedOn <= to; });
}

PaymentId InMemoryBillingStore::addPayment(const Payment& payment)
{
    if (!m_invoices.contains(payment.invoiceId))
        missing("invoice", payment.invoiceId);
    Payment stored = payment;
    stored.id = static_cast<PaymentId>(m_payments.size()) + 1;
    stored.recordedAt = m_clock.now();
    m_payments[stored.id] = stored;
    return stored.id;
}

std::vector<Payment> InMemoryBillingStore::paymentsOn(InvoiceId invoice)
{
    return valuesWhere(m_payments, [&](const Payment& p) { return p.invoiceId == invoice; });
}

std::vector<Payment> InMemoryBillingStore::paymentsOnInvoicesIssuedBetween(const Date& from, const Date& to)
{
    std::vector<Payment> payments = valuesWhere(m_payments, [&](const Payment& p) {
        const Date issuedOn = m_invoices.at(p.invoiceId).issuedOn;
        return issuedOn >= from && issuedOn <= to;
    });
    std::stable_sort(payments.begin(), payments.end(),
                     [](const Payment& a, const Payment& b) { return a.invoiceId < b.invoiceId; });
    return payments;
}

std::vector<Payment> InMemoryBillingStore::paymentsOf(ClientId client)
{
    return valuesWhere(m_payments, [&](const Payment& p) { return p.clientId == client; });
}

std::vector<Payment> InMemoryBillingStore::paymentsReceivedBetween(const Date& from, const Date& to)
{
    std::vector<Payment> payments =
        valuesWhere(m_payments, [&](const Payment& p) { return p.receivedOn >= from && p.receivedOn <= to; });
    std::stable_sort(payments.begin(), payments.end(),
                     [](const Payment& a, const Payment& b) { return a.receivedOn < b.receivedOn; });
    return payments;
}

std::vector<PaymentSums> InMemoryBillingStore::paymentSumsByMonth(const Date& from, const Date& to)
{
    std::map<std::pair<int, PaymentMethod>, PaymentSums> sums;
    for (const Payment& payment : paymentsReceivedBetween(from, to)) {
        const int month = payment.receivedOn.month();
        PaymentSums& sum = sums.try_emplace({month, payment.method}, PaymentSums{month, payment.method}).first->second;
        sum.amountCents += payment.amountCents;
        sum.tipCents += payment.tipCents;
    }
    return valuesWhere(sums, [](const PaymentSums&) { return true; });
}

std::vector<InvoiceSums> InMemoryBillingStore::invoiceSumsByMonth(const Date& from, const Date& to)
{
    std::map<std::tuple<int, InvoiceStatus, std::optional<ChargeKind>>, InvoiceSums> sums;
    for (const Invoice& invoice : invoicesIssuedBetween(from, to)) {
        const int month = invoice.issuedOn.month();
        std::optional<ChargeKind> firstLineKind;
        if (!invoice.lines.empty())
            firstLineKind = invoice.lines.front().kind;
        InvoiceSums& sum = sums.try_emplace({month, invoice.status, firstLineKind},
                                            InvoiceSums{month, invoice.status, firstLineKind}).first->second;
        ++sum.count;
        sum.subtotalCents += invoice.subtotalCents;
        sum.taxCents += invoice.taxCents;
    }
    return valuesWhere(sums, [](const InvoiceSums&) { return true; });
}

PackageId InMemoryBillingStore::addPackage(const Package& package)
{
    m_clients.chart(package.clientId);
    Package stored = package;
    stored.id = static_cast<PackageId>(m_packages.size()) + 1;
    m_packages[stored.id] = stored;
    return stored.id;
}

Package InMemoryBillingStore::withUse(Package package, const Date& asOf)
{
    package.visitsUsed = 0;
    for (const auto& [id, payment] : m_payments)
        if (payment.packageId == package.id && payment.receivedOn <= asOf)
            package.visitsUsed += payment.isRefund() ? -1 : 1;
    return package;
}

GiftCertificate InMemoryBillingStore::withUse(GiftCertificate certificate, const Date& asOf)
{
    certificate.redeemedCents = 0;
    for (const auto& [id, payment] : m_payments)
        if (payment.giftCertificateId == certificate.id && payment.receivedOn <= asOf)
            certificate.redeemedCents += payment.amountCents;
    return certificate;
}

std::optional<Package> InMemoryBillingStore::findPackage(PackageId id)
{
    const auto found = m_packages.find(id);
    return found == m_packages.end() ? std::nullopt : std::optional(withUse(found->second, kEverything));
}

std::vector<Package> InMemoryBillingStore::packagesOf(ClientId client)
{
    std::vector<Package> packages = packagesAsOf(kEverything);
    std::erase_if(packages, [&](const Package& p) { return p.clientId != client; });
    return packages;
}

GiftCertificateId InMemoryBillingStore::addGiftCertificate(const GiftCertificate& certificate)
{
    m_clients.chart(certificate.purchaserId);
    if (findGiftCertificate(certificate.code))
        throw ConflictError("The gift certificate's code is taken.");
    GiftCertificate stored = certificate;
    stored.id = static_cast<GiftCertificateId>(m_certificates.size()) + 1;
    m_certificates[stored.id] = stored;
    return stored.id;
}

std::optional<GiftCertificate> InMemoryBillingStore::findGiftCertificate(const std::string& code)
{
    for (const auto& [id, certificate] : m_certificates)
        if (comparable(certificate.code) == comparable(code))
            return withUse(certificate, kEverything);
    return std::nullopt;
}

std::vector<GiftCertificate> InMemoryBillingStore::giftCertificatesBoughtBy(ClientId purchaser)
{
    std::vector<GiftCertificate> certificates = giftCertificatesAsOf(kEverything);
    std::erase_if(certificates, [&](const GiftCertificate& c) { return c.purchaserId != purchaser; });
    return certificates;
}

std::vector<GiftCertificate> InMemoryBillingStore::giftCertificatesAsOf(const Date& day)
{
    std::vector<GiftCertificate> certificates;
    for (const auto& [id, certificate] : m_certificates)
        if (certificate.soldOn <= day)
            certificates.push_back(withUse(certificate, day));
    return certificates;
}

std::vector<Package> InMemoryBillingStore::packagesAsOf(const Date& day)
{
    std::vector<Package> packages;
    for (const auto& [id, package] : m_packages)
        if (package.soldOn <= day)
            packages.push_back(withUse(package, day));
    return packages;
}

std::vector<ClientTotals> InMemoryBillingStore::unbalancedClientsAsOf(const Date& day)
{
    std::map<ClientId, ClientTotals> totals;
    for (const auto& [id, invoice] : m_invoices)
        if (!invoice.isVoid() && invoice.issuedOn <= day)
            totals[invoice.clientId].invoicedCents += invoice.totalCents;
    for (const auto& [id, payment] : m_payments)
        if (payment.receivedOn <= day && !m_invoices.at(payment.invoiceId).isVoid())
            totals[payment.clientId].paidCents += payment.amountCents;
    std::vector<ClientTotals> unbalanced;
    for (auto& [client, total] : totals)
        if (total.balanceCents() != 0) {
            total.clientId = client;
            total.name = clients::listName(m_clients.chart(client).client);
            unbalanced.push_back(total);
        }
    std::sort(unbalanced.begin(), unbalanced.end(),
              [](const ClientTotals& a, const ClientTotals& b) { return a.name < b.name; });
    return unbalanced;
}

void InMemoryBillingStore::importBilling(const BillingImport& records)
{
    // Positions become ids as the records are stored, in the order SqlBillingStore stores them.
    std::vector<long long> invoices, packages(records.packages.size()), certificates(records.certificates.size());
    const auto id = [](const std::vector<long long>& ids, std::optional<long long> position) {
        return position ? std::optional(ids.at(static_cast<std::size_t>(*position))) : std::nullopt;
    };
    for (const Invoice& given : records.invoices) {
        Invoice invoice = given;
        invoice.packageId = id(packages, invoice.packageId);
        invoice.replaces = id(invoices, invoice.replaces);
        const Invoice issued = issueInvoice(invoice);
        if (given.isVoid())
            voidInvoice(issued.id, *given.voidedAt, given.voidReason);
        const long long position = static_cast<long long>(invoices.size());
        invoices.push_back(issued.id);
        for (std::size_t i = 0; i < records.packages.size(); ++i)
            if (records.packages[i].saleInvoiceId == position) {
                Package package = records.packages[i];
                package.saleInvoiceId = issued.id;
                packages[i] = addPackage(package);
            }
        for (std::size_t i = 0; i < records.certificates.size(); ++i)
            if (records.certificates[i].saleInvoiceId == position) {
                GiftCertificate certificate = records.certificates[i];
                certificate.saleInvoiceId = issued.id;
                certificates[i] = addGiftCertificate(certificate);
            }
    }
    for (Payment payment : records.payments) {
        payment.invoiceId = *id(invoices, payment.invoiceId);
        payment.packageId = id(packages, payment.packageId);
        payment.giftCertificateId = id(certificates, payment.giftCertificateId);
        addPayment(payment);
    }
}

} // namespace knotwork::testing
