// BillingService: prepaid packages of visits and gift certificates, each sold on an invoice of
// its own (a prepayment: no tax until the visits it pays for).
#include <random>

#include "billing/billing_service.h"
#include "billing/billing_validation.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/validator.h"

namespace knotwork::billing {

namespace {

// Letters and digits no one mistakes for another when reading a certificate aloud.
constexpr std::string_view kCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

// "GC-7K3M-Q9TX": 40 random bits, grouped for reading.
std::string newCertificateCode()
{
    std::random_device random;
    std::uniform_int_distribution<std::size_t> pick(0, kCodeAlphabet.size() - 1);
    std::string code = "GC-";
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += '-';
        code += kCodeAlphabet[pick(random)];
    }
    return code;
}

void checkPrepaymentPayments(const std::vector<PaymentDraft>& payments)
{
    validatePaymentDrafts(payments);
    for (std::size_t i = 0; i < payments.size(); ++i)
        if (!isMoneyReceived(payments[i].method))
            throw ValidationError("payments[" + std::to_string(i) + "].method", "money-only",
                                  _("A package or a gift certificate is paid in money."));
}

} // namespace

PaidInvoice BillingService::sellPrepayment(ClientId client, InvoiceLine line, const std::vector<PaymentDraft>& payments,
                                           const std::function<void(const Invoice&)>& record)
{
    Invoice sale = newInvoice(client);
    sale.lines.push_back(std::move(line));
    sale.subtotalCents = sale.lines.front().amountCents;
    sale.totalCents = sale.subtotalCents;
    std::vector<Payment> taken = paymentsFor(sale, payments, sale.totalCents);
    const Invoice issued = m_billing.issueInvoice(sale);
    record(issued);
    addPayments(issued, std::move(taken));
    return withPayments(issued);
}

PackageSold BillingService::sellPackage(ClientId client, schedule::ServiceId serviceId, int visits, Cents price,
                                        const std::vector<PaymentDraft>& payments)
{
    Validator check;
    check.inRange(visits, 1, 100, "visits", _("Visits"));
    if (price <= 0 || price > kLargestAmount)
        check.add("price", "range", _("The amount must be more than 0 and at most 10,000.00."));
    check.throwIfAny();
    checkPrepaymentPayments(payments);
    return m_actions.result([&] {
        const std::optional<schedule::Service> service = serviceOf(serviceId);
        if (!service)
            throw ValidationError("service", "not-found",
                                  formatMessage(_("There is no service number {} in this practice."), serviceId));
        Package package;
        package.clientId = client;
        package.serviceId = serviceId;
        package.name = formatMessage(_("{} × {}"), visits, service->name);
        package.visits = visits;
        package.priceCents = price;
        package.soldOn = m_clock.today();

        InvoiceLine line;
        line.kind = ChargeKind::PackageSale;
        line.description = formatMessage(_("Prepaid package: {}"), package.name);
        line.amountCents = price;
        PaidInvoice sale = sellPrepayment(client, line, payments, [&](const Invoice& issued) {
            package.saleInvoiceId = issued.id;
            package.id = m_billing.addPackage(package);
        });
        return PackageSold{*m_billing.findPackage(package.id), std::move(sale)};
    });
}

GiftCertificateSold BillingService::sellGiftCertificate(ClientId purchaser, const std::string& recipientName,
                                                        Cents amount, const std::vector<PaymentDraft>& payments)
{
    Validator check;
    check.singleLine(recipientName, 200, "recipient", _("For"));
    if (amount <= 0 || amount > kLargestAmount)
        check.add("amount", "range", _("The amount must be more than 0 and at most 10,000.00."));
    check.throwIfAny();
    checkPrepaymentPayments(payments);
    return m_actions.result([&] {
        GiftCertificate certificate;
        certificate.purchaserId = purchaser;
        certificate.recipientName = recipientName;
        certificate.amountCents = amount;
        certificate.soldOn = m_clock.today();
        do
            certificate.code = newCertificateCode();
        while (m_billing.findGiftCertificate(certificate.code));

        InvoiceLine line;
        line.kind = ChargeKind::GiftCertificateSale;
        line.description = recipientName.empty()
                               ? formatMessage(_("Gift certificate {}"), certificate.code)
                               : formatMessage(_("Gift certificate {} for {}"), certificate.code, recipientName);
        line.amountCents = amount;
        PaidInvoice sale = sellPrepayment(purchaser, line, payments, [&](const Invoice& issued) {
            certificate.saleInvoiceId = issued.id;
            certificate.id = m_billing.addGiftCertificate(certificate);
        });
        return GiftCertificateSold{giftCertificate(certificate.code), std::move(sale)};
    });
}

GiftCertificate BillingService::giftCertificate(const std::string& code)
{
    const std::optional<GiftCertificate> found = m_billing.findGiftCertificate(code);
    if (!found)
        throw NotFoundError(formatMessage(_("There is no gift certificate {} in this practice."), code));
    return *found;
}

GiftCertificate BillingService::giftCertificateFor(const Invoice& invoice, const PaymentDraft& draft,
                                                   const std::string& field)
{
    const std::optional<GiftCertificate> found = m_billing.findGiftCertificate(draft.giftCertificateCode);
    if (!found)
        throw ValidationError(field + "code", "not-found",
                              formatMessage(_("There is no gift certificate {}."), draft.giftCertificateCode));
    for (const InvoiceLine& line : invoice.lines)
        if (isPrepayment(line.kind))
            throw ValidationError(field + "method", "money-only",
                                  _("A package or a gift certificate is paid in money."));
    return *found;
}

} // namespace knotwork::billing
