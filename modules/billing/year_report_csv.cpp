#include "billing/year_report_csv.h"

#include <fmt/format.h>
#include <vector>

#include "billing/billing_choices.h"
#include "common/i18n.h"

namespace knotwork::billing {

namespace {

constexpr PaymentMethod kReceivedMethods[] = {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::ETransfer,
                                              PaymentMethod::Cheque};

// A field as RFC 4180 writes it: quoted, its quotes doubled, when it holds a comma, a quote or a
// line break.
std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

void addRow(std::string& csv, const std::vector<std::string>& fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i)
        csv += (i == 0 ? "" : ",") + csvField(fields[i]);
    csv += "\r\n";
}

std::vector<std::string> incomeRow(std::string label, const MonthIncome& month)
{
    std::vector<std::string> row{std::move(label)};
    for (Cents received : month.receivedByMethod)
        row.push_back(plainMoney(received));
    for (Cents amount : {month.receivedCents(), month.tipsCents, month.feesCents, month.prepaymentsCents,
                         month.taxCents})
        row.push_back(plainMoney(amount));
    return row;
}

} // namespace

std::string yearReportCsv(const YearReport& report)
{
    std::string csv;
    std::vector<std::string> header{_("Month")};
    for (PaymentMethod method : kReceivedMethods)
        header.push_back(labelOf(method));
    for (const char* title : {N_("Received"), N_("Tips"), N_("Fees charged"), N_("Prepayments sold")})
        header.push_back(_(title));
    header.push_back(formatMessage(_("{} charged"), report.billing.taxName.empty() ? _("Tax") : report.billing.taxName));
    addRow(csv, header);
    for (const MonthIncome& month : report.months)
        addRow(csv, incomeRow(fmt::format("{}-{:02}", report.year, month.month), month));
    addRow(csv, incomeRow(_("Total"), report.total()));

    csv += "\r\n";
    addRow(csv, {formatMessage(_("Balances outstanding on {}-12-31"), report.year)});
    addRow(csv, {_("Client"), _("Invoiced"), _("Paid"), _("Balance")});
    for (const ClientTotals& client : report.outstanding)
        addRow(csv, {client.name, plainMoney(client.invoicedCents), plainMoney(client.paidCents),
                     plainMoney(client.balanceCents())});

    csv += "\r\n";
    addRow(csv, {formatMessage(_("Owed by the practice on {}-12-31"), report.year), _("Count"), _("Amount")});
    addRow(csv, {_("Gift certificates unredeemed"), std::to_string(report.giftCertificatesOutstanding),
                 plainMoney(report.giftCertificateLiabilityCents)});
    addRow(csv, {_("Prepaid visits not yet taken"), std::to_string(report.packageVisitsOutstanding),
                 plainMoney(report.packageLiabilityCents)});
    return csv;
}

} // namespace knotwork::billing
