// A client's statement of account for a period.
#include "common/i18n.h"
#include "common/locale_date.h"
#include "reports/billing_frame.h"
#include "reports/billing_layouts.h"

namespace knotwork::reports {

ReportPages layoutStatement(const sharing::ReportHeader& header, const billing::StatementData& data,
                            TextMeasurer& measurer)
{
    sharing::ReportHeader letterhead = header;
    letterhead.practice = data.practice;
    const std::string& currency = data.billing.currency;
    const std::string title = _("Statement of account");
    PageFlow flow(data.practice.paperSize, measurer);
    DocumentWriter writer(flow);
    writeBillingOpening(writer, letterhead, title,
                        formatMessage(_("Period {} to {}"), mediumDate(data.from), mediumDate(data.to)));
    writer.fields({{_("Client"), data.clientName}, {_("Client's address"), data.clientAddress}}, 150);

    Table table{{{_("Date"), 1.1},
                 {_("Description"), 3},
                 {_("Charge"), 1, TextAlign::Right},
                 {_("Credit"), 1, TextAlign::Right},
                 {_("Balance"), 1, TextAlign::Right}},
                {}};
    table.rows.push_back({mediumDate(data.from), _("Balance brought forward"), "", "",
                          billing::moneyText(data.openingBalanceCents, currency)});
    for (const billing::StatementLine& line : data.lines)
        table.rows.push_back({mediumDate(line.day), line.description,
                              line.chargeCents != 0 ? billing::moneyText(line.chargeCents, currency) : "",
                              line.creditCents != 0 ? billing::moneyText(line.creditCents, currency) : "",
                              billing::moneyText(line.balanceCents, currency)});
    writer.heading(_("Charges and payments"), writer.tableOpening(table));
    writer.table(table);
    if (data.lines.empty())
        writer.paragraph(_("No charges or payments in this period."));

    writeTotals(writer, {{_("Opening balance"), billing::moneyText(data.openingBalanceCents, currency)},
                         {formatMessage(_("Balance on {}"), mediumDate(data.to)),
                          billing::moneyText(data.closingBalanceCents, currency)}});
    if (data.closingBalanceCents < 0)
        writer.paragraph(_("A negative balance is a credit on the client's account."), writer.style().small());
    return finishBillingDocument(flow, letterhead, title, data.clientName);
}

} // namespace knotwork::reports
