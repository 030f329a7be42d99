// The year's income and what is owed at its end, for the practice and its accountant.
#include "billing/billing_choices.h"
#include "common/i18n.h"
#include "common/locale_date.h"
#include "reports/billing_frame.h"
#include "reports/billing_layouts.h"

namespace knotwork::reports {

using billing::Cents;
using billing::MonthIncome;
using billing::PaymentMethod;

namespace {

constexpr PaymentMethod kReceivedMethods[] = {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::ETransfer,
                                              PaymentMethod::Cheque};

// The months' rows and the totals row, each cell from `cells(month)` after the month's name.
template <typename Cells>
std::vector<std::vector<std::string>> monthRows(const billing::YearReport& report, Cells cells)
{
    std::vector<std::vector<std::string>> rows;
    for (const MonthIncome& month : report.months) {
        std::vector<std::string> row{monthAndYear(Date(static_cast<unsigned short>(report.year),
                                                       static_cast<unsigned short>(month.month), 1))};
        for (Cents amount : cells(month))
            row.push_back(billing::moneyText(amount, report.billing.currency));
        rows.push_back(std::move(row));
    }
    std::vector<std::string> total{_("Total")};
    for (Cents amount : cells(report.total()))
        total.push_back(billing::moneyText(amount, report.billing.currency));
    rows.push_back(std::move(total));
    return rows;
}

void writeReceived(DocumentWriter& writer, const billing::YearReport& report)
{
    Table table{{{_("Month"), 1.1}}, {}};
    for (PaymentMethod method : kReceivedMethods)
        table.columns.push_back({labelOf(method), 1, TextAlign::Right});
    table.columns.push_back({_("Received"), 1.05, TextAlign::Right});
    table.columns.push_back({_("Tips"), 0.9, TextAlign::Right});
    table.rows = monthRows(report, [](const MonthIncome& month) {
        std::vector<Cents> cells(month.receivedByMethod.begin(), month.receivedByMethod.end());
        cells.push_back(month.receivedCents());
        cells.push_back(month.tipsCents);
        return cells;
    });
    table.endsWithTotal = true;
    writer.heading(_("Money received by month and method (refunds deducted, tips apart)"), writer.tableOpening(table));
    writer.table(table);
}

void writeCharged(DocumentWriter& writer, const billing::YearReport& report)
{
    Table table{{{_("Month"), 1.1},
                 {_("Fees charged"), 1, TextAlign::Right},
                 {_("Prepayments sold"), 1, TextAlign::Right},
                 {formatMessage(_("{} charged"), report.billing.taxName.empty() ? _("Tax") : report.billing.taxName), 1,
                  TextAlign::Right}},
                {}};
    table.rows = monthRows(report, [](const MonthIncome& month) {
        return std::vector<Cents>{month.feesCents, month.prepaymentsCents, month.taxCents};
    });
    table.endsWithTotal = true;
    writer.heading(_("Invoiced by month (before tax)"), writer.tableOpening(table));
    writer.table(table);
    writer.paragraph(formatMessage(P_("{} invoice issued, {} of them void (left out of these totals).",
                                      "{} invoices issued, {} of them void (left out of these totals).",
                                      report.invoicesIssued),
                                   report.invoicesIssued, report.invoicesVoided),
                     writer.style().small());
}

void writeYearTotals(DocumentWriter& writer, const billing::YearReport& report)
{
    const std::string& currency = report.billing.currency;
    const MonthIncome total = report.total();
    writer.heading(_("The year"));
    writer.fields({{_("Money received"), billing::moneyText(total.receivedCents(), currency)},
                   {_("Tips"), billing::moneyText(total.tipsCents, currency)},
                   {_("Fees charged"), billing::moneyText(total.feesCents, currency)},
                   {_("Prepayments sold"), billing::moneyText(total.prepaymentsCents, currency)},
                   {formatMessage(_("{} collected"), report.billing.taxName.empty() ? _("Tax") : report.billing.taxName),
                    billing::moneyText(total.taxCents, currency)},
                   {_("Tax number"), report.billing.taxNumber}},
                  170);
}

void writeOwed(DocumentWriter& writer, const billing::YearReport& report)
{
    const std::string& currency = report.billing.currency;
    const std::string yearEnd = mediumDate(Date(static_cast<unsigned short>(report.year), 12, 31));
    Table table{{{_("Client"), 2.4},
                 {_("Invoiced"), 1, TextAlign::Right},
                 {_("Paid"), 1, TextAlign::Right},
                 {_("Balance"), 1, TextAlign::Right}},
                {}};
    for (const billing::ClientTotals& client : report.outstanding)
        table.rows.push_back({client.name, billing::moneyText(client.invoicedCents, currency),
                              billing::moneyText(client.paidCents, currency),
                              billing::moneyText(client.balanceCents(), currency)});
    writer.heading(formatMessage(_("Balances outstanding on {}"), yearEnd), writer.tableOpening(table));
    if (table.rows.empty())
        writer.paragraph(_("Every client's account is settled."));
    else
        writer.table(table);

    writer.heading(formatMessage(_("Still owed by the practice on {}"), yearEnd));
    writer.fields({{_("Gift certificates"),
                    formatMessage(P_("{} certificate unredeemed, {}", "{} certificates unredeemed, {}",
                                     report.giftCertificatesOutstanding),
                                  report.giftCertificatesOutstanding,
                                  billing::moneyText(report.giftCertificateLiabilityCents, currency))},
                   {_("Prepaid packages"),
                    formatMessage(P_("{} visit not yet taken, {}", "{} visits not yet taken, {}",
                                     report.packageVisitsOutstanding),
                                  report.packageVisitsOutstanding,
                                  billing::moneyText(report.packageLiabilityCents, currency))}},
                  170);
}

} // namespace

ReportPages layoutYearReport(const sharing::ReportHeader& header, const billing::YearReport& report,
                             TextMeasurer& measurer)
{
    sharing::ReportHeader letterhead = header;
    letterhead.practice = report.practice;
    const std::string title = formatMessage(_("Year report {}"), report.year);
    PageFlow flow(report.practice.paperSize, measurer);
    DocumentWriter writer(flow);
    writeBillingOpening(writer, letterhead, title,
                        formatMessage(_("Income, tax and balances from {} to {} · Written {}"),
                                      mediumDate(Date(static_cast<unsigned short>(report.year), 1, 1)),
                                      mediumDate(Date(static_cast<unsigned short>(report.year), 12, 31)),
                                      mediumDate(header.written)));
    writeYearTotals(writer, report);
    writeReceived(writer, report);
    writeCharged(writer, report);
    writeOwed(writer, report);
    return finishBillingDocument(flow, letterhead, title, {});
}

} // namespace knotwork::reports
