// The US superbill: what a client's insurer needs to reimburse them for massage therapy.
#include "common/i18n.h"
#include "common/locale_date.h"
#include "reports/billing_frame.h"
#include "reports/billing_layouts.h"
#include "reports/report_frame.h"

namespace knotwork::reports {

namespace {

void writeParties(DocumentWriter& writer, const billing::SuperbillData& data)
{
    writer.heading(_("Patient"));
    writer.fields({{_("Name"), data.clientName},
                   {_("Date of birth"), data.clientBirthDate ? mediumDate(*data.clientBirthDate) : _("Not on file")},
                   {_("Address"), data.clientAddress}},
                  150);
    const clients::PracticeSettings& practice = data.practice;
    writer.heading(_("Provider"));
    writer.fields({{_("Therapist"), orNotOnFile(practice.therapistName)},
                   {_("Credentials"), practice.credentials},
                   {_("Licence"), practice.licenceNumber},
                   {_("NPI"), orNotOnFile(data.billing.npi)},
                   {_("Tax number"), data.billing.taxNumber},
                   {_("Practice"), practice.practiceName},
                   {_("Address"), practice.address},
                   {_("Phone"), practice.phone},
                   {_("Referring provider"), data.referringProvider}},
                  150);
}

void writeDiagnoses(DocumentWriter& writer, const billing::SuperbillData& data)
{
    writer.heading(_("Diagnosis (ICD-10), as the provider wrote it"));
    if (data.diagnosisCodes.empty())
        writer.paragraph(_("None on file."));
    else
        writer.bullets(data.diagnosisCodes);
}

void writeVisits(DocumentWriter& writer, const billing::SuperbillData& data)
{
    const std::string& currency = data.billing.currency;
    Table table{{{_("Date"), 1.2},
                 {_("Invoice"), 1.2},
                 {_("CPT"), 0.7},
                 {_("Minutes"), 0.8, TextAlign::Right},
                 {_("Units"), 0.6, TextAlign::Right},
                 {_("Charge"), 1, TextAlign::Right},
                 {_("Paid"), 1, TextAlign::Right}},
                {}};
    for (const billing::SuperbillVisit& visit : data.visits)
        table.rows.push_back({mediumDate(visit.day), visit.invoiceNumber, visit.cptCode, std::to_string(visit.minutes),
                              std::to_string(visit.units), billing::moneyText(visit.chargeCents, currency),
                              billing::moneyText(visit.paidCents, currency)});
    writer.heading(_("Procedures"), writer.tableOpening(table));
    if (data.visits.empty()) {
        writer.paragraph(_("No visits in this period."));
        return;
    }
    writer.table(table);
    writeTotals(writer, {{_("Total charged"), billing::moneyText(data.totalChargeCents, currency)},
                         {_("Total paid"), billing::moneyText(data.totalPaidCents, currency)}},
                false);
    writer.paragraph(_("Units are of 15 minutes under the CMS 8-minute rule. CPT 97124: massage; 97140: manual "
                       "therapy."),
                     writer.style().small());
}

} // namespace

ReportPages layoutSuperbill(const sharing::ReportHeader& header, const billing::SuperbillData& data,
                            TextMeasurer& measurer)
{
    sharing::ReportHeader letterhead = header;
    letterhead.practice = data.practice;
    const std::string title = _("Superbill");
    PageFlow flow(data.practice.paperSize, measurer);
    DocumentWriter writer(flow);
    writeBillingOpening(writer, letterhead, title,
                        formatMessage(_("Services from {} to {}"), mediumDate(data.from), mediumDate(data.to)));
    writeParties(writer, data);
    writeDiagnoses(writer, data);
    writeVisits(writer, data);
    flow.carryTail(3 * writer.style().lineHeight(writer.style().body()), signatureHeight(writer.style(), letterhead));
    writeSignature(writer, letterhead);
    return finishBillingDocument(flow, letterhead, title, data.clientName);
}

} // namespace knotwork::reports
