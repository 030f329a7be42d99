// A client's statement, the US superbill and the year's report, read back from the PDF.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "billing/money.h"
#include "common/locale_date.h"
#include "pdf_reader.h"
#include "reports/billing_layouts.h"
#include "sample_billing.h"
#include "support/temp_dir.h"

namespace knotwork::reports {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

class BillingDocumentsTest : public ::testing::Test {
protected:
    WrittenPdf read(const ReportPages& report, const std::string& name)
    {
        EXPECT_THAT(textsOutsideMargins(report, m_document, 50), IsEmpty());
        return writeAndRead(report, m_document, m_dir.path(), name);
    }

    knotwork::testing::TempDir m_dir;
    PdfDocument m_document;
    sharing::ReportHeader m_header = knotwork::testing::sampleBillingHeader();
};

TEST_F(BillingDocumentsTest, AStatementCarriesTheBalanceFromOpeningToClosing)
{
    const billing::StatementData data = knotwork::testing::sampleStatement();
    const WrittenPdf pdf = read(layoutStatement(m_header, data, m_document), "statement");
    for (const std::string& text : std::vector<std::string>
         {"Statement of account", "Zoë Thị Nguyễn-Łukasiewicz",
          "Period " + mediumDate(Date(2026, 11, 1)) + " to " + mediumDate(Date(2026, 11, 30)),
          "Balance brought forward", "Invoice INV-000042: Massage Therapy", "Payment by card", "$127.35",
          "$107.35", "Balance on " + mediumDate(Date(2026, 11, 30))})
        EXPECT_THAT(pdf.text, HasSubstr(text)) << text;
    // Opening and closing balances under the table, in order.
    EXPECT_THAT(pdf.text.substr(pdf.text.find("Opening balance")), HasSubstr("$20.00\n$20.00"));
}

TEST_F(BillingDocumentsTest, ASuperbillCarriesTheCodesTheInsurerNeeds)
{
    billing::SuperbillData data = knotwork::testing::sampleSuperbill();
    const WrittenPdf pdf = read(layoutSuperbill(m_header, data, m_document), "superbill");
    for (const std::string& text : std::vector<std::string>
         {"Superbill", "Zoë Thị Nguyễn-Łukasiewicz", mediumDate(Date(1988, 3, 12)), "1200 Pine Street",
          "Maya Lindqvist", "NPI", "1234567893", "81234 5678 RT0001",
          "G44.209 Tension-type headache, diagnosed by Dr A. Chen", "97124", "97140", "INV-000040", "$230.00",
          "$170.00"})
        EXPECT_THAT(pdf.text, HasSubstr(text)) << text;
    // Each visit's row: CPT, minutes and units under the 8-minute rule.
    EXPECT_THAT(pdf.text, HasSubstr("97124\n\n60\n\n4"));
    EXPECT_THAT(pdf.text, HasSubstr("97140\n\n52\n\n3"));

    data.diagnosisCodes.clear();
    data.billing.npi.clear();
    PdfDocument second;
    const std::string without =
        writeAndRead(layoutSuperbill(m_header, data, second), second, m_dir.path(), "superbill-no-codes").text;
    EXPECT_THAT(without, HasSubstr("None on file."));
    EXPECT_THAT(without, Not(HasSubstr("G44")));
    EXPECT_THAT(without, Not(HasSubstr("1234567893")));
}

TEST_F(BillingDocumentsTest, TheYearReportTotalsEveryMonth)
{
    const billing::YearReport report = knotwork::testing::sampleYearReport();
    const billing::MonthIncome total = report.total();
    const WrittenPdf pdf = read(layoutYearReport(m_header, report, m_document), "year-report");
    for (const std::string& text : std::vector<std::string>
         {"Year report 2026", monthAndYear(Date(2026, 1, 1)), monthAndYear(Date(2026, 12, 1)), "E-transfer",
          billing::moneyText(total.receivedCents(), "CAD"), billing::moneyText(total.receivedByMethod[1], "CAD"),
          billing::moneyText(total.tipsCents, "CAD"), billing::moneyText(total.feesCents, "CAD"),
          billing::moneyText(total.taxCents, "CAD"), "HST collected", "Martin, Zoë \"Zo\"", "$57.35",
          "3 certificates unredeemed, $225.00", "4 visits not yet taken, $380.00",
          "412 invoices issued, 3 of them void"})
        EXPECT_THAT(pdf.text, HasSubstr(text)) << text;
    EXPECT_EQ(total.receivedByMethod[0], 12 * 10000 + 6600) << "the sample's cash, for the row above";
    EXPECT_THAT(pdf.text, HasSubstr(billing::moneyText(12 * 10000 + 6600, "CAD")));
}

} // namespace
} // namespace knotwork::reports
