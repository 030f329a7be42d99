// BillingService: a client's account and what the billing documents show (receipt, statement,
// superbill, the year's report), gathered for reports/ to lay out.
#include <algorithm>
#include <map>

#include "billing/billing_service.h"
#include "billing/billing_choices.h"
#include "clients/client_choices.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::billing {

namespace {

using boost::gregorian::days;

std::string paymentDescription(const Payment& payment)
{
    const std::string method = labelOf(payment.method);
    return payment.isRefund() ? formatMessage(_("Refund: {}"), method) : formatMessage(_("Payment: {}"), method);
}

} // namespace

ClientAccount BillingService::account(ClientId client)
{
    ClientAccount account;
    std::map<InvoiceId, std::vector<Payment>> byInvoice;
    for (Payment& payment : m_billing.paymentsOf(client))
        byInvoice[payment.invoiceId].push_back(std::move(payment));
    for (Invoice& invoice : m_billing.invoicesOf(client)) {
        std::vector<Payment> payments = std::move(byInvoice[invoice.id]);
        PaidInvoice paid{std::move(invoice), std::move(payments)};
        account.balanceCents += paid.balanceDueCents();
        account.invoices.push_back(std::move(paid));
    }
    account.packages = m_billing.packagesOf(client);
    account.giftCertificatesBought = m_billing.giftCertificatesBoughtBy(client);
    return account;
}

ReceiptData BillingService::receipt(InvoiceId id, bool duplicate)
{
    PaidInvoice paid = invoice(id);
    ReceiptData receipt;
    receipt.practice = m_clients.settings();
    receipt.billing = m_billing.settings();
    receipt.clientAddress = m_clients.clients().chart(paid.invoice.clientId).client.address;
    if (paid.invoice.packageId)
        receipt.package = m_billing.findPackage(*paid.invoice.packageId);
    for (const GiftCertificate& certificate : m_billing.giftCertificatesBoughtBy(paid.invoice.clientId))
        if (certificate.saleInvoiceId == id)
            receipt.giftCertificate = certificate;
    receipt.invoice = std::move(paid.invoice);
    receipt.payments = std::move(paid.payments);
    receipt.printedOn = m_clock.today();
    receipt.duplicate = duplicate;
    return receipt;
}

StatementData BillingService::statement(ClientId client, const Date& from, const Date& to)
{
    if (to < from)
        throw ValidationError("to", "before-from", _("The period ends before it starts."));
    const clients::Client person = m_clients.clients().chart(client).client;
    StatementData statement;
    statement.practice = m_clients.settings();
    statement.billing = m_billing.settings();
    statement.clientName = person.givenNames + " " + person.familyName;
    statement.clientAddress = person.address;
    statement.from = from;
    statement.to = to;

    // A void invoice and the payments on it (which net to nothing) are left out.
    std::map<InvoiceId, Invoice> invoices;
    for (Invoice& invoice : m_billing.invoicesOf(client))
        if (!invoice.isVoid())
            invoices.emplace(invoice.id, std::move(invoice));
    std::vector<StatementLine> lines;
    for (const auto& [id, invoice] : invoices) {
        if (invoice.issuedOn < from)
            statement.openingBalanceCents += invoice.totalCents;
        else if (invoice.issuedOn <= to)
            lines.push_back({invoice.issuedOn,
                             formatMessage(_("Invoice {}: {}"), invoiceNumberText(invoice.number),
                                           invoice.lines.front().description),
                             invoice.totalCents, 0, 0});
    }
    for (const Payment& payment : m_billing.paymentsOf(client)) {
        if (!invoices.contains(payment.invoiceId))
            continue;
        if (payment.receivedOn < from)
            statement.openingBalanceCents -= payment.amountCents;
        else if (payment.receivedOn <= to)
            lines.push_back({payment.receivedOn, paymentDescription(payment), payment.isRefund() ? -payment.amountCents : 0,
                             payment.isRefund() ? 0 : payment.amountCents, 0});
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const StatementLine& a, const StatementLine& b) { return a.day < b.day; });
    Cents balance = statement.openingBalanceCents;
    for (StatementLine& line : lines) {
        balance += line.chargeCents - line.creditCents;
        line.balanceCents = balance;
    }
    statement.lines = std::move(lines);
    statement.closingBalanceCents = balance;
    return statement;
}

SuperbillData BillingService::superbill(ClientId client, const Date& from, const Date& to)
{
    if (to < from)
        throw ValidationError("to", "before-from", _("The period ends before it starts."));
    const clients::ClientChart chart = m_clients.clients().chart(client);
    SuperbillData bill;
    bill.practice = m_clients.settings();
    bill.billing = m_billing.settings();
    bill.clientName = chart.client.givenNames + " " + chart.client.familyName;
    bill.clientAddress = chart.client.address;
    bill.clientBirthDate = chart.client.dateOfBirth;
    bill.from = from;
    bill.to = to;
    for (const clients::Diagnosis& diagnosis : chart.diagnoses) {
        if (diagnosis.icd10Code.empty())
            continue;
        std::string by = diagnosis.diagnosedBy;
        if (diagnosis.providerId)
            by = m_clients.providers().get(*diagnosis.providerId).name;
        bill.diagnosisCodes.push_back(by.empty() ? formatMessage(_("{} {}"), diagnosis.icd10Code, labelOf(diagnosis.type))
                                                 : formatMessage(_("{} {}, diagnosed by {}"), diagnosis.icd10Code,
                                                                 labelOf(diagnosis.type), by));
    }
    for (const clients::CareTeamMember& member : chart.careTeam)
        if (member.relation == clients::CareRelation::Referring && bill.referringProvider.empty())
            bill.referringProvider = m_clients.providers().get(member.providerId).name;

    std::vector<PaidInvoice> invoices;
    for (Invoice& invoice : m_billing.invoicesOf(client))
        if (!invoice.isVoid())
            invoices.push_back(withPayments(std::move(invoice)));
    for (const PaidInvoice& paid : invoices)
        for (const InvoiceLine& line : paid.invoice.lines) {
            if (line.kind != ChargeKind::Visit || !line.serviceDate || *line.serviceDate < from || *line.serviceDate > to)
                continue;
            const Cents charge = line.amountCents + line.taxCents;
            const Cents paidForIt = std::min(charge, paid.paidCents());
            bill.visits.push_back({*line.serviceDate, line.cptCode, line.minutes, billingUnits(line.minutes), charge,
                                   paidForIt, invoiceNumberText(paid.invoice.number)});
            bill.totalChargeCents += charge;
            bill.totalPaidCents += paidForIt;
        }
    std::sort(bill.visits.begin(), bill.visits.end(),
              [](const SuperbillVisit& a, const SuperbillVisit& b) { return a.day < b.day; });
    return bill;
}

std::vector<std::string> missingFromSuperbill(const SuperbillData& bill)
{
    std::vector<std::string> missing;
    if (bill.visits.empty())
        missing.push_back(_("a visit invoiced in the period"));
    for (const SuperbillVisit& visit : bill.visits)
        if (visit.cptCode.empty())
            missing.push_back(formatMessage(_("a CPT code on the visit of {} (its service's, in Appointment book "
                                              "settings, Services)"),
                                            isoDate(visit.day)));
    if (bill.diagnosisCodes.empty())
        missing.push_back(_("an ICD-10 code on one of the client's diagnoses, as the provider wrote it"));
    if (bill.billing.npi.empty())
        missing.push_back(_("the therapist's NPI, in Appointment book settings, Billing"));
    return missing;
}

YearIncome BillingService::yearIncome(int year)
{
    if (year < 1900 || year > 9999)
        throw ValidationError("year", "range", _("The year is from 1900 to 9999."));
    const Date first(static_cast<unsigned short>(year), 1, 1);
    const Date last(static_cast<unsigned short>(year), 12, 31);
    YearIncome income;
    income.year = year;
    for (int month = 0; month < 12; ++month)
        income.months[static_cast<std::size_t>(month)].month = month + 1;

    // Summed by the store: a practice's year is tens of thousands of invoices and payments.
    for (const PaymentSums& sums : m_billing.paymentSumsByMonth(first, last)) {
        MonthIncome& month = income.months[static_cast<std::size_t>(sums.month - 1)];
        if (isMoneyReceived(sums.method))
            month.receivedByMethod[static_cast<std::size_t>(sums.method)] += sums.amountCents;
        month.tipsCents += sums.tipCents;
    }
    for (const InvoiceSums& sums : m_billing.invoiceSumsByMonth(first, last)) {
        income.invoicesIssued += sums.count;
        if (sums.status == InvoiceStatus::Void) {
            income.invoicesVoided += sums.count;
            continue;
        }
        MonthIncome& month = income.months[static_cast<std::size_t>(sums.month - 1)];
        const bool sellsPrepayment = sums.firstLineKind && isPrepayment(*sums.firstLineKind);
        (sellsPrepayment ? month.prepaymentsCents : month.feesCents) += sums.subtotalCents;
        month.taxCents += sums.taxCents;
    }
    return income;
}

YearReport BillingService::yearReport(int year)
{
    YearReport report;
    static_cast<YearIncome&>(report) = yearIncome(year);
    report.practice = m_clients.settings();
    report.billing = m_billing.settings();
    const Date last(static_cast<unsigned short>(year), 12, 31);
    report.outstanding = m_billing.unbalancedClientsAsOf(last);
    for (const GiftCertificate& certificate : m_billing.giftCertificatesAsOf(last))
        if (certificate.balanceCents() > 0) {
            report.giftCertificateLiabilityCents += certificate.balanceCents();
            ++report.giftCertificatesOutstanding;
        }
    for (const Package& package : m_billing.packagesAsOf(last))
        for (int visit = package.visitsUsed; visit < package.visits; ++visit) {
            report.packageLiabilityCents += shareOf(package.priceCents, package.visits, visit);
            ++report.packageVisitsOutstanding;
        }
    return report;
}

} // namespace knotwork::billing
