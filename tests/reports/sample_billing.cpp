#include "sample_billing.h"

#include "support/sample_report.h"

namespace knotwork::testing {

using namespace billing;

namespace {

// A document about the sample client's November 2026, under the sample practice.
template <typename Data>
Data aboutNovember(const std::string& clientAddress)
{
    Data data;
    data.practice = sampleBillingHeader().practice;
    data.billing = sampleBillingSettings();
    data.clientName = "Zoë Thị Nguyễn-Łukasiewicz";
    data.clientAddress = clientAddress;
    data.from = Date(2026, 11, 1);
    data.to = Date(2026, 11, 30);
    return data;
}

} // namespace

sharing::ReportHeader sampleBillingHeader()
{
    sharing::ReportHeader header = sampleReportHeader(Date(2026, 11, 24));
    header.recipient.reset();
    header.consent.reset();
    header.writtenAt = Timestamp::fromIso8601("2026-11-24T16:42:00Z");
    return header;
}

BillingSettings sampleBillingSettings()
{
    BillingSettings settings;
    settings.currency = "CAD";
    settings.taxName = "HST";
    settings.taxBasisPoints = 1300;
    settings.taxNumber = "81234 5678 RT0001";
    settings.npi = "1234567893";
    return settings;
}

ReceiptData sampleReceipt()
{
    const sharing::ReportHeader header = sampleBillingHeader();
    ReceiptData data;
    data.practice = header.practice;
    data.billing = sampleBillingSettings();
    data.clientAddress = "88 Rue Rachel Est\nMontréal QC H2W 1C9";
    data.printedOn = Date(2026, 11, 24);
    Invoice& invoice = data.invoice;
    invoice.id = 42;
    invoice.number = 42;
    invoice.clientId = 7;
    invoice.billedTo = "Zoë Thị Nguyễn-Łukasiewicz";
    invoice.issuedOn = Date(2026, 11, 24);
    invoice.taxName = "HST";
    invoice.taxBasisPoints = 1300;
    InvoiceLine line;
    line.kind = ChargeKind::Visit;
    line.description = "Massage Therapy treatment, 60 min";
    line.appointmentId = 310;
    line.serviceDate = Date(2026, 11, 24);
    line.minutes = 60;
    line.amountCents = kVisitFee;
    line.taxCents = kVisitTax;
    line.cptCode = "97124";
    invoice.lines = {line};
    invoice.subtotalCents = kVisitFee;
    invoice.taxCents = kVisitTax;
    invoice.totalCents = kVisitTotal;
    invoice.appointmentId = 310;
    Payment payment;
    payment.id = 1;
    payment.invoiceId = 42;
    payment.clientId = 7;
    payment.receivedOn = Date(2026, 11, 24);
    payment.method = PaymentMethod::Card;
    payment.amountCents = kVisitTotal;
    payment.tipCents = 1500;
    payment.reference = "Visa 4242";
    data.payments = {payment};
    return data;
}

StatementData sampleStatement()
{
    auto data = aboutNovember<StatementData>("88 Rue Rachel Est\nMontréal QC H2W 1C9");
    data.openingBalanceCents = 2000;
    data.lines = {{Date(2026, 11, 24), "Invoice INV-000042: Massage Therapy treatment, 60 min", kVisitTotal, 0,
                   2000 + kVisitTotal},
                  {Date(2026, 11, 24), "Payment by card", 0, kVisitTotal, 2000}};
    data.closingBalanceCents = 2000;
    return data;
}

SuperbillData sampleSuperbill()
{
    auto data = aboutNovember<SuperbillData>("1200 Pine Street\nSeattle WA 98101");
    data.billing.rules = ReceiptRules::UnitedStates;
    data.billing.currency = "USD";
    data.clientBirthDate = Date(1988, 3, 12);
    data.diagnosisCodes = {"G44.209 Tension-type headache, diagnosed by Dr A. Chen"};
    data.referringProvider = "Dr A. Chen, MD";
    data.visits = {{Date(2026, 11, 10), "97124", 60, 4, 12000, 12000, "INV-000040"},
                   {Date(2026, 11, 24), "97140", 52, 3, 11000, 5000, "INV-000042"}};
    data.totalChargeCents = 23000;
    data.totalPaidCents = 17000;
    return data;
}

YearReport sampleYearReport()
{
    YearReport report;
    report.practice = sampleBillingHeader().practice;
    report.billing = sampleBillingSettings();
    report.year = 2026;
    for (int i = 0; i < 12; ++i) {
        MonthIncome& month = report.months[static_cast<std::size_t>(i)];
        month.month = i + 1;
        month.receivedByMethod = {10000 + i * 100, 250000 + i * 1234, 30000, i % 2 == 0 ? 9500 : 0};
        month.tipsCents = 4500 + i;
        month.feesCents = 260000 + i * 1000;
        month.prepaymentsCents = i == 11 ? 47500 : 0;
        month.taxCents = taxOn(month.feesCents, 1300);
    }
    report.invoicesIssued = 412;
    report.invoicesVoided = 3;
    report.outstanding = {{7, "Martin, Zoë \"Zo\"", 10735, 5000}, {9, "Okafor, Amara", 9500, 0}};
    report.giftCertificateLiabilityCents = 22500;
    report.giftCertificatesOutstanding = 3;
    report.packageLiabilityCents = 38000;
    report.packageVisitsOutstanding = 4;
    return report;
}

} // namespace knotwork::testing
