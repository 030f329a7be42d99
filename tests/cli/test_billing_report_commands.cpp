// knotwork-cli billing report as the accountant's figures: a month's checkouts, partial payments,
// a refund, a voided invoice and a package, and the year's totals agree with the receipts: money
// received by method is what the invoices' payments add up to, the tax is that of the invoices
// not void, tips are apart; the CSV's totals row says the same.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>

#include "billing/money.h"
#include "cli_billing_test.h"
#include "support/practice_files.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using knotwork::testing::ProcessResult;
using nlohmann::json;

// The sums the year's figures must equal, from the invoices and their payments.
struct ReceiptTotals {
    long long received = 0, tips = 0, tax = 0;
    std::map<std::string, long long> byMethod;
};

class BillingReportCommands : public CliBillingTest {
protected:
    void SetUp() override
    {
        CliBillingTest::SetUp();
        checkout(arrivedVisit("2026-11-26 10:00"), {"card:50:10", "cash:46.05"});
        const json partial = checkout(arrivedVisit("2026-11-27 10:00"), {"e_transfer:40"});
        cliJson({"payment", "refund", "--invoice", idOf(partial), "--method", "e_transfer", "--amount", "15",
                 "--reason", "Goodwill"});
        const json voided = checkout(arrivedVisit("2026-11-30 10:00"));
        cliJson({"invoice", "void", idOf(voided), "--reason", "Wrong client"});
        cliJson({"package", "sell", "--client", client(), "--service", kTreatment, "--visits", "3", "--price", "250",
                 "--pay", "cheque:250::1043"});
    }

    ReceiptTotals receiptTotals()
    {
        ReceiptTotals totals;
        for (const json& invoice : cliJson({"invoice", "list", "--from", "2026-01-01", "--to", "2026-12-31"})) {
            if (invoice["status"] != "void")
                totals.tax += invoice["tax_cents"].get<long long>();
            for (const json& payment : invoice["payments"]) {
                totals.received += payment["amount_cents"].get<long long>();
                totals.tips += payment["tip_cents"].get<long long>();
                totals.byMethod[payment["method"]] += payment["amount_cents"].get<long long>();
            }
        }
        return totals;
    }
};

TEST_F(BillingReportCommands, TheYearsTotalsMatchTheInvoicesAndTheirPayments)
{
    ASSERT_EQ(cliJson({"invoice", "list", "--from", "2026-01-01", "--to", "2026-12-31"}).size(), 4u);
    const ReceiptTotals receipts = receiptTotals();
    const json report = cliJson({"billing", "report", "--year", "2026"});
    const json& total = report["total"];
    EXPECT_EQ(total["total_received_cents"], receipts.received);
    EXPECT_EQ(receipts.received, 9605 + 4000 - 1500 + 25000);
    EXPECT_EQ(total["tips_cents"], receipts.tips);
    EXPECT_EQ(total["tax_cents"], receipts.tax);
    EXPECT_EQ(total["prepayments_cents"], 25000);
    for (const auto& [method, amount] : receipts.byMethod)
        EXPECT_EQ(total["received_cents"][method], amount) << method;
    EXPECT_EQ(report["months"][10]["total_received_cents"], receipts.received) << "all in November";
    EXPECT_EQ(report["invoices_issued"], 4);
    EXPECT_EQ(report["invoices_voided"], 1);
    EXPECT_EQ(report["package_visits_outstanding"], 3);
    EXPECT_EQ(report["package_liability_cents"], 25000);
    ASSERT_EQ(report["outstanding"].size(), 1u);
    EXPECT_EQ(report["outstanding"][0]["balance_cents"], 9605 - 4000 + 1500);

    const ProcessResult text = cli({"billing", "report", "--year", "2026"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("2026-11"));
    EXPECT_THAT(text.out, HasSubstr("$371.05"));
    EXPECT_THAT(text.out, HasSubstr("Martin, Zoë  $71.05"));
}

TEST_F(BillingReportCommands, TheAccountantsCsvTotalsMatchTheReceipts)
{
    const ProcessResult csv = cli({"billing", "report", "--year", "2026", "--csv"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    const std::size_t at = csv.out.find("\r\nTotal,");
    ASSERT_NE(at, std::string::npos) << csv.out;
    const std::string line = csv.out.substr(at + 2, csv.out.find("\r\n", at + 2) - at - 2);
    std::vector<std::string> fields;
    for (std::size_t from = 0, comma = 0; comma != std::string::npos; from = comma + 1)
        fields.push_back(line.substr(from, (comma = line.find(',', from)) - from));
    ASSERT_EQ(fields.size(), 10u) << line;
    ReceiptTotals receipts = receiptTotals();
    EXPECT_EQ(fields[1], billing::plainMoney(receipts.byMethod["cash"]));
    EXPECT_EQ(fields[2], billing::plainMoney(receipts.byMethod["card"]));
    EXPECT_EQ(fields[3], billing::plainMoney(receipts.byMethod["e_transfer"]));
    EXPECT_EQ(fields[4], billing::plainMoney(receipts.byMethod["cheque"]));
    EXPECT_EQ(fields[5], billing::plainMoney(receipts.received));
    EXPECT_EQ(fields[5], "371.05");
    EXPECT_EQ(fields[6], billing::plainMoney(receipts.tips));
    EXPECT_EQ(fields[9], billing::plainMoney(receipts.tax));
    EXPECT_THAT(csv.out, HasSubstr("\"Martin, Zoë\",442.10,371.05,71.05\r\n"));

    const auto file = m_dir / "2026.csv";
    const json written = cliJson({"billing", "report", "--year", "2026", "--csv", "--out", file.string()});
    EXPECT_EQ(written["file"], file.string());
    EXPECT_EQ(knotwork::testing::readBytes(file), csv.out) << "the file holds what was printed";
    const auto pdf = m_dir / "2026.pdf";
    EXPECT_GE(cliJson({"billing", "report", "--year", "2026", "--out", pdf.string()})["pages"], 1);
    EXPECT_EQ(knotwork::testing::readBytes(pdf).substr(0, 5), "%PDF-");
}

} // namespace
} // namespace knotwork::cli
