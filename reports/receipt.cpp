// The receipt of one invoice, with the fields Ontario's college (CMTO) requires of a receipt an
// insurer accepts.
#include <fmt/format.h>

#include "billing/billing_choices.h"
#include "common/i18n.h"
#include "common/locale_date.h"
#include "reports/billing_frame.h"
#include "reports/billing_layouts.h"
#include "reports/report_frame.h"

namespace knotwork::reports {

using billing::ChargeKind;
using billing::Cents;
using billing::InvoiceLine;
using billing::Payment;
using billing::PaymentMethod;
using billing::ReceiptData;

namespace {

// "13%", "14.75%": a rate in basis points.
std::string rateText(int basisPoints)
{
    const int whole = basisPoints / 100, hundredths = basisPoints % 100;
    if (hundredths == 0)
        return fmt::format("{}%", whole);
    std::string digits = fmt::format("{:02}", hundredths);
    if (digits.back() == '0')
        digits.pop_back();
    return fmt::format("{}.{}%", whole, digits);
}

bool isPrepaymentReceipt(const ReceiptData& data)
{
    return !data.invoice.lines.empty() && billing::isPrepayment(data.invoice.lines.front().kind);
}

// The service in the college's words: "Massage Therapy treatment"; a fee or a prepayment by its kind.
std::string serviceText(const ReceiptData& data, const InvoiceLine& line)
{
    switch (line.kind) {
    case ChargeKind::Visit:
        return data.billing.serviceWording;
    case ChargeKind::PackageSale:
        return formatMessage(_("Prepaid package: {}"), data.package ? data.package->name : line.description);
    case ChargeKind::GiftCertificateSale:
        return data.giftCertificate ? formatMessage(_("Gift certificate {}"), data.giftCertificate->code)
                                    : labelOf(line.kind);
    case ChargeKind::LateCancellation:
    case ChargeKind::NoShow:
        break;
    }
    return labelOf(line.kind);
}

std::string minutesText(int minutes)
{
    return minutes > 0 ? formatMessage(P_("{} minute", "{} minutes", minutes), minutes) : std::string();
}

void writeParticulars(DocumentWriter& writer, const ReceiptData& data)
{
    const clients::PracticeSettings& practice = data.practice;
    std::string therapist = orNotOnFile(practice.therapistName);
    if (!practice.credentials.empty())
        therapist = formatMessage(_("{}, {}"), therapist, practice.credentials);
    std::vector<Field> fields{{_("Client"), data.invoice.billedTo}, {_("Client's address"), data.clientAddress},
                              {_("Therapist"), therapist}};
    fields.push_back({data.billing.rules == billing::ReceiptRules::Ontario ? _("CMTO registration number")
                                                                           : _("Registration number"),
                      orNotOnFile(practice.licenceNumber)});
    if (data.invoice.taxCents != 0)
        fields.push_back({formatMessage(_("{} number"), data.invoice.taxName), orNotOnFile(data.billing.taxNumber)});
    if (data.package && !isPrepaymentReceipt(data))
        fields.push_back({_("Prepaid package"),
                          formatMessage(_("{}, bought {}"), data.package->name, mediumDate(data.package->soldOn))});
    writer.fields(fields, 150);
}

void writeCharges(DocumentWriter& writer, const ReceiptData& data)
{
    const billing::Invoice& invoice = data.invoice;
    const bool prepayment = isPrepaymentReceipt(data);
    // A prepayment's lines are no visits: no duration.
    Table table{{{prepayment ? _("Date") : _("Date of visit"), 1.1}, {_("Service"), 2.4}}, {}};
    if (!prepayment)
        table.columns.push_back({_("Duration"), 0.9});
    table.columns.push_back({_("Amount"), 1, TextAlign::Right});
    for (const InvoiceLine& line : invoice.lines) {
        std::vector<std::string> row{mediumDate(line.serviceDate.value_or(invoice.issuedOn)), serviceText(data, line)};
        if (!prepayment)
            row.push_back(minutesText(line.minutes));
        row.push_back(billing::moneyText(line.amountCents, invoice.currency));
        table.rows.push_back(std::move(row));
    }
    writer.heading(prepayment ? _("Prepayment") : _("Treatment"), writer.tableOpening(table));
    writer.table(table);

    std::vector<Field> totals{{_("Subtotal"), billing::moneyText(invoice.subtotalCents, invoice.currency)}};
    if (invoice.taxCents != 0)
        totals.push_back({formatMessage(_("{} ({})"), invoice.taxName, rateText(invoice.taxBasisPoints)),
                          billing::moneyText(invoice.taxCents, invoice.currency)});
    totals.push_back({_("Total"), billing::moneyText(invoice.totalCents, invoice.currency)});
    writeTotals(writer, totals);
}

std::string paymentNote(const Payment& payment)
{
    if (payment.isRefund())
        return payment.reason.empty() ? std::string(_("Refund")) : formatMessage(_("Refund: {}"), payment.reason);
    return payment.reference;
}

void writePayments(DocumentWriter& writer, const ReceiptData& data)
{
    const std::string& currency = data.invoice.currency;
    Table table{{{_("Date"), 1.1},
                 {_("Method"), 1.5},
                 {_("Reference"), 1.5},
                 {_("Amount"), 1, TextAlign::Right},
                 {_("Tip"), 0.9, TextAlign::Right}},
                {}};
    Cents byCertificate = 0;
    for (const Payment& payment : data.payments) {
        table.rows.push_back({mediumDate(payment.receivedOn), labelOf(payment.method), paymentNote(payment),
                              billing::moneyText(payment.amountCents, currency),
                              payment.tipCents != 0 ? billing::moneyText(payment.tipCents, currency) : ""});
        if (payment.method == PaymentMethod::GiftCertificate)
            byCertificate += payment.amountCents;
    }
    if (table.rows.empty()) {
        writer.heading(_("Payments"));
        writer.paragraph(_("No payment received yet."));
    } else {
        writer.heading(_("Payments"), writer.tableOpening(table));
        writer.table(table);
    }
    std::vector<Field> totals;
    if (byCertificate != 0)
        totals.push_back({_("Paid by gift certificate"), billing::moneyText(byCertificate, currency)});
    totals.push_back({_("Paid by client"), billing::moneyText(data.paidByClientCents(), currency)});
    totals.push_back({_("Balance due"), billing::moneyText(data.balanceDueCents(), currency)});
    writeTotals(writer, totals);
    if (const Cents tips = data.tipCents(); tips != 0)
        writer.paragraph(formatMessage(_("Tips of {} were paid as well: a gratuity, not part of the invoice and not "
                                         "taxed."),
                                       billing::moneyText(tips, currency)),
                         writer.style().small());
}

// What a prepayment's receipt is for: the certificate's code and value, or the package's visits.
std::string prepaymentText(const ReceiptData& data)
{
    std::string what;
    if (data.giftCertificate)
        what = formatMessage(_("gift certificate {} for {}, worth {}"), data.giftCertificate->code,
                             data.giftCertificate->recipientName,
                             billing::moneyText(data.giftCertificate->amountCents, data.invoice.currency));
    else if (data.package)
        what = formatMessage(P_("the package {}: {} visit", "the package {}: {} visits", data.package->visits),
                             data.package->name, data.package->visits);
    return formatMessage(_("Receipt for a prepayment, not for treatment: {}. Each visit gets its own receipt when "
                           "it is taken."),
                         what);
}

} // namespace

ReportPages layoutReceipt(const sharing::ReportHeader& header, const ReceiptData& data, TextMeasurer& measurer)
{
    sharing::ReportHeader letterhead = header;
    letterhead.practice = data.practice;
    const billing::Invoice& invoice = data.invoice;
    const std::string title = _("Receipt");
    PageFlow flow(data.practice.paperSize, measurer);
    DocumentWriter writer(flow);
    writeBillingOpening(writer, letterhead, title,
                        formatMessage(_("{} · Issued {}"), billing::invoiceNumberText(invoice.number),
                                      mediumDate(invoice.issuedOn)));
    if (invoice.isVoid())
        writeNotice(writer, formatMessage(_("VOID since {}: {}. This invoice is cancelled and is no receipt for "
                                            "payment."),
                                          invoice.voidedAt ? mediumDate(invoice.voidedAt->local().date()) : "",
                                          invoice.voidReason));
    if (data.duplicate)
        writeNotice(writer, formatMessage(_("DUPLICATE: a copy of a receipt given before, printed {}."),
                                          mediumDate(data.printedOn)));
    if (isPrepaymentReceipt(data))
        writeNotice(writer, prepaymentText(data));
    writeParticulars(writer, data);
    writeCharges(writer, data);
    writePayments(writer, data);

    flow.carryTail(3 * writer.style().lineHeight(writer.style().body()), signatureHeight(writer.style(), letterhead));
    writeSignature(writer, letterhead);
    std::string mark = data.duplicate ? _("DUPLICATE") : "";
    if (invoice.isVoid())
        mark = mark.empty() ? _("VOID") : formatMessage(_("VOID · {}"), mark);
    return finishBillingDocument(flow, letterhead, title, invoice.billedTo, mark);
}

} // namespace knotwork::reports
