// The small rules of billing's records: what counts as money received, a package's share, the
// totals a receipt and a year's report print.
#include <fmt/format.h>

#include "billing/billing_documents.h"
#include "billing/invoice.h"
#include "billing/payment.h"
#include "billing/prepaid.h"

namespace knotwork::billing {

bool isPrepayment(ChargeKind kind)
{
    return kind == ChargeKind::PackageSale || kind == ChargeKind::GiftCertificateSale;
}

std::string invoiceNumberText(long long number)
{
    return fmt::format("INV-{:06}", number);
}

bool isMoneyReceived(PaymentMethod method)
{
    return method != PaymentMethod::GiftCertificate && method != PaymentMethod::Package;
}

Cents Package::nextVisitValue() const
{
    return visitsLeft() > 0 ? shareOf(priceCents, visits, visitsUsed) : 0;
}

Cents ReceiptData::paidByClientCents() const
{
    Cents paid = 0;
    for (const Payment& payment : payments)
        if (payment.method != PaymentMethod::GiftCertificate)
            paid += payment.amountCents;
    return paid;
}

Cents ReceiptData::balanceDueCents() const
{
    if (invoice.isVoid())
        return 0;
    Cents due = invoice.totalCents;
    for (const Payment& payment : payments)
        due -= payment.amountCents;
    return due;
}

Cents ReceiptData::tipCents() const
{
    Cents tips = 0;
    for (const Payment& payment : payments)
        tips += payment.tipCents;
    return tips;
}

Cents MonthIncome::receivedCents() const
{
    Cents received = 0;
    for (Cents byMethod : receivedByMethod)
        received += byMethod;
    return received;
}

MonthIncome YearIncome::total() const
{
    MonthIncome sum;
    sum.month = 0;
    for (const MonthIncome& month : months) {
        for (std::size_t i = 0; i < sum.receivedByMethod.size(); ++i)
            sum.receivedByMethod[i] += month.receivedByMethod[i];
        sum.tipsCents += month.tipsCents;
        sum.feesCents += month.feesCents;
        sum.prepaymentsCents += month.prepaymentsCents;
        sum.taxCents += month.taxCents;
    }
    return sum;
}

} // namespace knotwork::billing
