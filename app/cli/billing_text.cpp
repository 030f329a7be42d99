#include "app/cli/billing_text.h"

#include <nlohmann/json.hpp>

#include "billing/billing_choices.h"
#include "billing/billing_json.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::cli {

using namespace knotwork::billing;

namespace {

// "METHOD:AMOUNT:TIP:REF" split at its first three colons: a reference may hold colons.
std::vector<std::string> paymentParts(const std::string& text)
{
    std::vector<std::string> parts;
    std::size_t from = 0;
    for (std::size_t colon = text.find(':'); colon != std::string::npos && parts.size() < 3;
         colon = text.find(':', from)) {
        parts.push_back(text.substr(from, colon - from));
        from = colon + 1;
    }
    parts.push_back(text.substr(from));
    return parts;
}

std::string dayText(const std::optional<Date>& day)
{
    return day && !day->is_special() ? isoDate(*day) : std::string();
}

} // namespace

PaymentDraft paymentOption(const std::string& text, const std::string& option)
{
    const std::vector<std::string> parts = paymentParts(text);
    if (parts.size() < 2)
        throw ValidationError(option, "payment",
                              formatMessage(_("{} must be METHOD:AMOUNT[:TIP][:REF], like card:96.05 or cash:50:10; "
                                              "not \"{}\"."),
                                            option, text));
    PaymentDraft draft;
    draft.method = choiceOption<PaymentMethod>(parts[0], option);
    if (draft.method == PaymentMethod::Package)
        throw ValidationError(option, "choice",
                              _("A visit is paid from a prepaid package with --package, not with a payment."));
    draft.amountCents = parseMoney(parts[1], option);
    if (parts.size() > 2 && !parts[2].empty())
        draft.tipCents = parseMoney(parts[2], option);
    if (parts.size() > 3)
        (draft.method == PaymentMethod::GiftCertificate ? draft.giftCertificateCode : draft.reference) = parts[3];
    return draft;
}

std::vector<PaymentDraft> paymentOptions(const std::vector<std::string>& texts, const std::string& option)
{
    std::vector<PaymentDraft> drafts;
    for (const std::string& text : texts)
        drafts.push_back(paymentOption(text, option));
    return drafts;
}

PaidInvoice invoiceOption(BillingService& billing, const std::string& text, const std::string& option)
{
    const bool byNumber = text.size() > 4 && (text.starts_with("INV-") || text.starts_with("inv-"));
    const std::string digits = byNumber ? text.substr(4) : text;
    if (digits.empty() || digits.size() > 15 || digits.find_first_not_of("0123456789") != std::string::npos)
        throw ValidationError(option, "invoice",
                              formatMessage(_("{} must be an invoice's ID or its number like INV-000042; not \"{}\"."),
                                            option, text));
    const long long value = std::stoll(digits);
    return byNumber ? billing.invoiceByNumber(value) : billing.invoice(value);
}

std::string payOptionHelp()
{
    return _("A payment taken with it, METHOD:AMOUNT[:TIP][:REF], as card:96.05, cash:50:10 (a tip of 10) or "
             "gift_certificate:40::GC-7K3M-Q9TX; methods cash, card, e_transfer, cheque, gift_certificate (its "
             "reference is the certificate's code). Repeat it to split a payment");
}

int taxRateOption(const std::string& text, const std::string& option)
{
    Cents hundredths = 0;
    try {
        hundredths = parseMoney(text, option);
    } catch (const ValidationError&) {
        throw ValidationError(option, "rate",
                              formatMessage(_("{} must be a percentage like 13 or 14.5; not \"{}\"."), option, text));
    }
    if (hundredths > kBasisPointsPerWhole)
        throw ValidationError(option, "range", formatMessage(_("{} must be 0 to 100 %; not \"{}\"."), option, text));
    return static_cast<int>(hundredths);
}

std::string taxRateText(int basisPoints)
{
    std::string text = std::to_string(basisPoints / 100);
    if (const int hundredths = basisPoints % 100; hundredths != 0)
        text += hundredths % 10 == 0 ? "." + std::to_string(hundredths / 10)
                                     : (hundredths < 10 ? ".0" : ".") + std::to_string(hundredths);
    return text + "%";
}

void printPaidInvoice(const CliContext& context, const PaidInvoice& paid)
{
    const Invoice& invoice = paid.invoice;
    const auto money = [&](Cents amount) { return moneyText(amount, invoice.currency); };
    std::vector<std::pair<std::string, std::string>> rows{
        {_("Invoice"), invoiceNumberText(invoice.number) + " (" + labelOf(invoice.status) + ")"},
        {_("Billed to"), formatMessage(_("{} (client {})"), invoice.billedTo, invoice.clientId)},
        {_("Issued"), dayText(invoice.issuedOn)}};
    if (invoice.appointmentId)
        rows.emplace_back(_("Appointment"), std::to_string(*invoice.appointmentId));
    if (invoice.packageId)
        rows.emplace_back(_("From package"), std::to_string(*invoice.packageId));
    if (invoice.replaces)
        rows.emplace_back(_("Corrects invoice"), std::to_string(*invoice.replaces));
    if (invoice.isVoid())
        rows.emplace_back(_("Void"), formatMessage(_("{} (UTC): {}"), invoice.voidedAt ? invoice.voidedAt->iso8601() : "",
                                                   invoice.voidReason));
    context.printRows(rows);
    std::vector<std::vector<std::string>> lines;
    for (const InvoiceLine& line : invoice.lines)
        lines.push_back({line.description, dayText(line.serviceDate), money(line.amountCents), money(line.taxCents)});
    context.printTable({_("Description"), _("Date"), _("Amount"), _("Tax")}, lines);
    std::vector<std::pair<std::string, std::string>> totals{{_("Subtotal"), money(invoice.subtotalCents)}};
    if (!invoice.taxName.empty())
        totals.emplace_back(invoice.taxName + " " + taxRateText(invoice.taxBasisPoints), money(invoice.taxCents));
    totals.emplace_back(_("Total"), money(invoice.totalCents));
    totals.emplace_back(_("Paid"), money(paid.paidCents()));
    totals.emplace_back(_("Balance due"), money(paid.balanceDueCents()));
    context.printRows(totals);
    if (paid.payments.empty())
        return;
    std::vector<std::vector<std::string>> payments;
    for (const Payment& payment : paid.payments)
        payments.push_back({std::to_string(payment.id), dayText(payment.receivedOn), labelOf(payment.method),
                            money(payment.amountCents), money(payment.tipCents),
                            payment.isRefund() ? payment.reason : payment.reference});
    context.printTable({_("Payment"), _("Date"), _("Method"), _("Amount"), _("Tip"), _("Reference or reason")},
                       payments);
}

void printInvoices(const CliContext& context, const std::vector<PaidInvoice>& invoices)
{
    std::vector<std::vector<std::string>> table;
    for (const PaidInvoice& paid : invoices) {
        const auto money = [&](Cents amount) { return moneyText(amount, paid.invoice.currency); };
        table.push_back({invoiceNumberText(paid.invoice.number), std::to_string(paid.invoice.id),
                         dayText(paid.invoice.issuedOn), paid.invoice.billedTo, labelOf(paid.invoice.status),
                         money(paid.invoice.totalCents), money(paid.paidCents()), money(paid.balanceDueCents())});
    }
    context.printTable({_("Number"), _("ID"), _("Issued"), _("Billed to"), _("Status"), _("Total"), _("Paid"),
                        _("Balance")},
                       table);
}

void printInvoiceResult(const CliContext& context, const std::string& headline, const PaidInvoice& paid)
{
    if (context.json)
        return context.printJson(paid);
    context.printLine(headline);
    printPaidInvoice(context, paid);
}

void printPackages(const CliContext& context, const std::vector<Package>& packages, const std::string& currency)
{
    if (context.json)
        return context.printJson(packages);
    std::vector<std::vector<std::string>> table;
    for (const Package& package : packages)
        table.push_back({std::to_string(package.id), package.name,
                         formatMessage(_("{} of {}"), package.visitsLeft(), package.visits),
                         moneyText(package.priceCents, currency), moneyText(package.nextVisitValue(), currency),
                         dayText(package.soldOn)});
    context.printTable({_("Package"), _("Name"), _("Visits left"), _("Price"), _("Next visit"), _("Sold")}, table);
}

void printGiftCertificate(const CliContext& context, const GiftCertificate& certificate, const std::string& currency)
{
    if (context.json)
        return context.printJson(certificate);
    context.printRows({{_("Gift certificate"), certificate.code},
                       {_("For"), certificate.recipientName},
                       {_("Bought by"), formatMessage(_("client {}"), certificate.purchaserId)},
                       {_("Sold"), dayText(certificate.soldOn)},
                       {_("Value"), moneyText(certificate.amountCents, currency)},
                       {_("Redeemed"), moneyText(certificate.redeemedCents, currency)},
                       {_("Balance"), moneyText(certificate.balanceCents(), currency)}});
}

} // namespace knotwork::cli
