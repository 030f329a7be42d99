// BillingService: payments toward an invoice (split, partial, by gift certificate) and refunds.
#include <map>
#include <fmt/format.h>

#include "billing/billing_service.h"
#include "billing/billing_validation.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::billing {

PaidInvoice BillingService::takePayments(InvoiceId id, const std::vector<PaymentDraft>& payments)
{
    validatePaymentDrafts(payments);
    if (payments.empty())
        throw ValidationError("payments", "required", _("Add at least one payment."));
    return m_actions.result([&] {
        const PaidInvoice before = invoice(id);
        addPayments(before.invoice, paymentsFor(before.invoice, payments, before.balanceDueCents()));
        return invoice(id);
    });
}

PaidInvoice BillingService::refund(InvoiceId id, PaymentMethod method, Cents amount, const std::string& reason)
{
    validateReason(reason, "reason");
    if (amount <= 0 || amount > kLargestAmount)
        throw ValidationError("amount", "range", _("The amount must be more than 0 and at most 10,000.00."));
    return m_actions.result([&] {
        const PaidInvoice paid = invoice(id);
        Cents byMethod = 0;
        std::optional<Payment> last;
        for (const Payment& payment : paid.payments)
            if (payment.method == method) {
                byMethod += payment.amountCents;
                if (payment.amountCents > 0)
                    last = payment;
            }
        if (amount > byMethod || !last)
            throw ValidationError("amount", "more-than-paid",
                                  formatMessage(_("Only {} was paid on this invoice by this method."),
                                                moneyText(byMethod, paid.invoice.currency)));
        Payment back = paymentOf(paid.invoice, method, -amount);
        back.giftCertificateId = last->giftCertificateId;
        back.packageId = last->packageId;
        back.reason = reason;
        m_billing.addPayment(back);
        return invoice(id);
    });
}

Payment BillingService::paymentOf(const Invoice& invoice, PaymentMethod method, Cents amount)
{
    Payment payment;
    payment.invoiceId = invoice.id;
    payment.clientId = invoice.clientId;
    payment.receivedOn = m_clock.today();
    payment.method = method;
    payment.amountCents = amount;
    return payment;
}

std::vector<Payment> BillingService::paymentsFor(const Invoice& invoice, const std::vector<PaymentDraft>& drafts,
                                                 Cents due)
{
    refuseIfVoid(invoice);
    std::vector<Payment> payments;
    std::map<GiftCertificateId, Cents> spentFrom;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        const PaymentDraft& draft = drafts[i];
        const std::string field = fmt::format("payments[{}].", i);
        if (draft.amountCents > due)
            throw ValidationError(field + "amount", "more-than-due",
                                  formatMessage(_("Only {} is due on this invoice."),
                                                moneyText(std::max<Cents>(due, 0), invoice.currency)));
        Payment payment = paymentOf(invoice, draft.method, draft.amountCents);
        payment.tipCents = draft.tipCents;
        payment.reference = draft.reference;
        if (draft.method == PaymentMethod::GiftCertificate) {
            const GiftCertificate certificate = giftCertificateFor(invoice, draft, field);
            Cents& spent = spentFrom[certificate.id];
            if (draft.amountCents > certificate.balanceCents() - spent)
                throw ValidationError(field + "amount", "gift-balance",
                                      formatMessage(_("The gift certificate has {} left."),
                                                    moneyText(certificate.balanceCents() - spent, invoice.currency)));
            spent += draft.amountCents;
            payment.giftCertificateId = certificate.id;
            payment.reference = certificate.code;
        }
        payments.push_back(std::move(payment));
        due -= draft.amountCents;
    }
    return payments;
}

void BillingService::addPayments(const Invoice& issued, std::vector<Payment> payments)
{
    for (Payment& payment : payments) {
        payment.invoiceId = issued.id;
        m_billing.addPayment(payment);
    }
}

} // namespace knotwork::billing
