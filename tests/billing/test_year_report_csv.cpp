// The year's CSV for the accountant: read back as a spreadsheet would (RFC 4180), its totals row
// is the sum of its months and matches what the receipts say was paid.
#include <numeric>

#include "billing/year_report_csv.h"
#include "billing_fixture.h"

namespace knotwork::billing {
namespace {

using Row = std::vector<std::string>;

// The CSV's rows as a spreadsheet reads them: quoted fields unquoted, doubled quotes single.
std::vector<Row> readCsv(const std::string& csv)
{
    std::vector<Row> rows;
    Row row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"')
                field += csv[++i];
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(std::exchange(field, {}));
        } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            row.push_back(std::exchange(field, {}));
            rows.push_back(std::exchange(row, {}));
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

// Cents of a plain amount ("1234.56", "-40.00").
Cents centsOf(const std::string& plain)
{
    const bool negative = plain.starts_with('-');
    const std::string digits = negative ? plain.substr(1) : plain;
    const Cents cents = parseMoney(digits, "csv");
    return negative ? -cents : cents;
}

TEST_F(Billing, TheYearsCsvTotalsEveryMonthAndMatchesTheReceipts)
{
    std::vector<PaidInvoice> receipts;
    setToday(Date(2026, 1, 14));
    receipts.push_back(m_service.checkOut(visit(Date(2026, 1, 14)), {pay(PaymentMethod::Cash, 10735, 1500)}));
    setToday(Date(2026, 3, 10));
    receipts.push_back(m_service.checkOut(visit(Date(2026, 3, 10)),
                                          {pay(PaymentMethod::Card, 6000), pay(PaymentMethod::Cheque, 4735)}));
    setToday(Date(2026, 11, 24));
    receipts.push_back(m_service.checkOut(visit(Date(2026, 11, 24)), {pay(PaymentMethod::ETransfer, 5000, 500)}));
    m_service.sellGiftCertificate(m_client, "Amara Okafor", 10000, {pay(PaymentMethod::Card, 10000)});

    const std::vector<Row> rows = readCsv(yearReportCsv(m_service.yearReport(2026)));
    ASSERT_GE(rows.size(), 14u);
    EXPECT_EQ(rows[0], (Row{"Month", "Cash", "Debit or credit card", "E-transfer", "Cheque", "Received", "Tips",
                            "Fees charged", "Prepayments sold", "HST charged"}));
    EXPECT_EQ(rows[1][0], "2026-01");
    EXPECT_EQ(rows[12][0], "2026-12");
    ASSERT_EQ(rows[13][0], "Total");
    for (std::size_t column = 1; column < rows[0].size(); ++column) {
        Cents months = 0;
        for (std::size_t month = 1; month <= 12; ++month)
            months += centsOf(rows[month][column]);
        EXPECT_EQ(centsOf(rows[13][column]), months) << rows[0][column];
    }
    Cents paid = 0;
    for (const PaidInvoice& receipt : receipts)
        paid += receipt.paidCents();
    EXPECT_EQ(centsOf(rows[13][5]), paid + 10000) << "the receipts and the certificate sold";
    EXPECT_EQ(rows[13][6], "20.00") << "tips apart";
    EXPECT_EQ(rows[3][3 + 1], "47.35") << "March's cheque";
    EXPECT_EQ(rows[13][9], "37.05") << "the tax of three visits";
}

TEST(YearReportCsv, NamesAreQuotedAndEveryBalanceIsListed)
{
    YearReport report;
    report.year = 2026;
    report.billing.taxName = "HST";
    for (int i = 0; i < 12; ++i)
        report.months[static_cast<std::size_t>(i)].month = i + 1;
    report.outstanding = {{7, "Martin, Zoë \"Zo\"", 10735, 5000}, {9, "Okafor, Amara", 9500, 9600}};
    report.giftCertificatesOutstanding = 3;
    report.giftCertificateLiabilityCents = 22500;
    report.packageVisitsOutstanding = 4;
    report.packageLiabilityCents = 38000;
    const std::string csv = yearReportCsv(report);
    EXPECT_NE(csv.find("\"Martin, Zoë \"\"Zo\"\"\",107.35,50.00,57.35\r\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("\"Okafor, Amara\",95.00,96.00,-1.00\r\n"), std::string::npos) << "a credit is negative";
    const std::vector<Row> rows = readCsv(csv);
    EXPECT_EQ(rows[rows.size() - 2], (Row{"Gift certificates unredeemed", "3", "225.00"}));
    EXPECT_EQ(rows.back(), (Row{"Prepaid visits not yet taken", "4", "380.00"}));
}

} // namespace
} // namespace knotwork::billing
