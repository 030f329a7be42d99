// What the billing documents are handed: a client's statement with its running balance, the US
// superbill's codes and units and what it lacks for an insurer, and the year's report whose
// totals match the invoices and payments.
#include <gmock/gmock.h>

#include "billing_fixture.h"

namespace knotwork::billing {
namespace {

using schedule::AppointmentStatus;

TEST_F(Billing, AStatementCarriesTheBalanceForwardAndRunsItThroughThePeriod)
{
    setToday(Date(2026, 2, 20));
    m_service.checkOut(visit(Date(2026, 2, 20)), {pay(PaymentMethod::Card, 5000)});  // 57.35 owed from before
    setToday(Date(2026, 3, 10));
    const PaidInvoice march = m_service.checkOut(visit(Date(2026, 3, 10)), {pay(PaymentMethod::Card, 10735)});
    const PaidInvoice voided = m_service.checkOut(visit(Date(2026, 3, 11)), {});
    m_service.voidInvoice(voided.invoice.id, "Entered twice");
    setToday(Date(2026, 3, 20));
    m_service.refund(march.invoice.id, PaymentMethod::Card, 1000, "Goodwill");

    const StatementData statement = m_service.statement(m_client, Date(2026, 3, 1), Date(2026, 3, 31));
    EXPECT_EQ(statement.clientName, "Zoë Martin");
    EXPECT_EQ(statement.openingBalanceCents, 5735);
    ASSERT_EQ(statement.lines.size(), 3u) << "the void invoice is left out";
    EXPECT_EQ(statement.lines[0].chargeCents, 10735);
    EXPECT_EQ(statement.lines[0].balanceCents, 16470);
    EXPECT_EQ(statement.lines[1].creditCents, 10735);
    EXPECT_EQ(statement.lines[1].balanceCents, 5735);
    EXPECT_EQ(statement.lines[2].day, Date(2026, 3, 20));
    EXPECT_EQ(statement.lines[2].chargeCents, 1000) << "a refund is owed back";
    EXPECT_EQ(statement.closingBalanceCents, 6735);
    EXPECT_EQ(statement.closingBalanceCents, m_service.account(m_client).balanceCents);
    EXPECT_EQ(refusalOf([&] { m_service.statement(m_client, Date(2026, 3, 31), Date(2026, 3, 1)); }), "to before-from");
}

TEST_F(Billing, ASuperbillListsEachVisitsCodeAndUnitsWithTheProvidersDiagnosisCopied)
{
    clients::IntakeRecord record = m_practice.clientService.clients().chart(m_client).intakeRecord();
    record.diagnoses = {{clients::HeadacheType::Cervicogenic, std::nullopt, "Dr Amara Okafor", Date(2026, 1, 5), "", "G44.86"},
                        {clients::HeadacheType::TensionType, std::nullopt, "Dr Okafor", std::nullopt, "", ""}};
    m_practice.clientService.saveIntake(record);
    m_service.checkOut(visit(Date(2026, 3, 10)), {pay(PaymentMethod::Card, 10735)});
    m_service.checkOut(visit(Date(2026, 3, 17)), {});
    m_service.checkOut(visit(Date(2026, 3, 18), AppointmentStatus::NoShow), {});

    const SuperbillData bill = m_service.superbill(m_client, Date(2026, 3, 1), Date(2026, 3, 31));
    ASSERT_EQ(bill.diagnosisCodes.size(), 1u) << "a diagnosis without the provider's code is not guessed";
    EXPECT_EQ(bill.diagnosisCodes[0], "G44.86 Cervicogenic headache, diagnosed by Dr Amara Okafor");
    ASSERT_EQ(bill.visits.size(), 2u) << "a missed visit's fee is not a procedure";
    EXPECT_EQ(bill.visits[0].cptCode, "97124");
    EXPECT_EQ(bill.visits[0].units, 4);
    EXPECT_EQ(bill.visits[0].chargeCents, 10735);
    EXPECT_EQ(bill.visits[0].paidCents, 10735);
    EXPECT_EQ(bill.visits[1].paidCents, 0);
    EXPECT_EQ(bill.totalChargeCents, 21470);
    EXPECT_EQ(bill.totalPaidCents, 10735);
}

TEST_F(Billing, ASuperbillNamesWhatItLacksForAnInsurer)
{
    const std::vector<std::string> empty =
        missingFromSuperbill(m_service.superbill(m_client, Date(2026, 3, 1), Date(2026, 3, 31)));
    ASSERT_EQ(empty.size(), 3u);
    EXPECT_EQ(empty[0], "a visit invoiced in the period");
    EXPECT_THAT(empty[1], ::testing::HasSubstr("ICD-10"));
    EXPECT_THAT(empty[2], ::testing::HasSubstr("NPI"));

    clients::IntakeRecord record = m_practice.clientService.clients().chart(m_client).intakeRecord();
    record.diagnoses = {{clients::HeadacheType::Cervicogenic, std::nullopt, "Dr Amara Okafor", Date(2026, 1, 5), "", "G44.86"}};
    m_practice.clientService.saveIntake(record);
    BillingSettings settings = m_service.settings();
    settings.npi = "1234567893";
    m_service.saveSettings(settings);
    m_service.checkOut(visit(Date(2026, 3, 10)), {});
    SuperbillData bill = m_service.superbill(m_client, Date(2026, 3, 1), Date(2026, 3, 31));
    EXPECT_THAT(missingFromSuperbill(bill), ::testing::IsEmpty());
    bill.visits[0].cptCode.clear();
    EXPECT_THAT(missingFromSuperbill(bill),
                ::testing::ElementsAre(::testing::HasSubstr("a CPT code on the visit of 2026-03-10")));
}

TEST_F(Billing, TheYearsReportAddsUpToTheInvoicesAndPayments)
{
    setToday(Date(2026, 1, 15));
    m_service.checkOut(visit(Date(2026, 1, 15)), {pay(PaymentMethod::Cash, 10735, 2000)});
    m_service.sellGiftCertificate(m_client, "Mom", 10000, {pay(PaymentMethod::ETransfer, 10000)});
    setToday(Date(2026, 6, 2));
    m_service.checkOut(visit(Date(2026, 6, 2)), {pay(PaymentMethod::Card, 5000)});
    m_service.sellPackage(m_client, m_treatment, 4, 38000, {pay(PaymentMethod::Cheque, 38000)});
    const PaidInvoice voided = m_service.checkOut(visit(Date(2026, 6, 3), AppointmentStatus::NoShow), {});
    m_service.voidInvoice(voided.invoice.id, "Waived");
    setToday(Date(2027, 1, 5));
    m_service.checkOut(visit(Date(2027, 1, 5)), {pay(PaymentMethod::Card, 10735)});

    const YearReport report = m_service.yearReport(2026);
    EXPECT_EQ(report.invoicesIssued, 5);
    EXPECT_EQ(report.invoicesVoided, 1);
    const MonthIncome& january = report.months[0];
    EXPECT_EQ(january.receivedByMethod[static_cast<std::size_t>(PaymentMethod::Cash)], 10735);
    EXPECT_EQ(january.receivedByMethod[static_cast<std::size_t>(PaymentMethod::ETransfer)], 10000);
    EXPECT_EQ(january.tipsCents, 2000);
    EXPECT_EQ(january.feesCents, 9500);
    EXPECT_EQ(january.prepaymentsCents, 10000);
    EXPECT_EQ(january.taxCents, 1235);
    const MonthIncome total = report.total();
    EXPECT_EQ(total.receivedCents(), 10735 + 10000 + 5000 + 38000);
    EXPECT_EQ(total.taxCents, 2470);
    EXPECT_EQ(total.feesCents, 19000);
    EXPECT_EQ(total.prepaymentsCents, 48000);
    ASSERT_EQ(report.outstanding.size(), 1u);
    EXPECT_EQ(report.outstanding[0].balanceCents(), 5735);
    EXPECT_EQ(report.giftCertificateLiabilityCents, 10000);
    EXPECT_EQ(report.giftCertificatesOutstanding, 1);
    EXPECT_EQ(report.packageLiabilityCents, 38000);
    EXPECT_EQ(report.packageVisitsOutstanding, 4);
}

TEST_F(Billing, SettingsAreValidatedFieldByField)
{
    BillingSettings settings = m_service.settings();
    settings.currency = "cad";
    settings.taxBasisPoints = 10'001;
    settings.npi = "12345";
    settings.serviceWording = "";
    const std::vector<std::string> problems = testing::problemsOf([&] { m_service.saveSettings(settings); });
    EXPECT_EQ(problems, (std::vector<std::string>{"currency: currency-code", "tax_rate: range",
                                                  "service_wording: required", "npi: npi"}));
    EXPECT_EQ(m_service.settings().currency, "CAD");
}

} // namespace
} // namespace knotwork::billing
