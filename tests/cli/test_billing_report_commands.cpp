// knotwork-cli billing report as the accountant's figures: a month's checkouts, partial payments,
// a refund, a voided invoice and a package, and the year's totals agree with the receipts: money
// received by method is what the invoices' payments add up to, the tax is that of the invoices
// not void, tips are apart.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_billing_test.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using knotwork::testing::ProcessResult;
using nlohmann::json;

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
};

TEST_F(BillingReportCommands, TheYearsTotalsMatchTheInvoicesAndTheirPayments)
{
    long long received = 0, tips = 0, tax = 0;
    std::map<std::string, long long> byMethod;
    const json invoices = cliJson({"invoice", "list", "--from", "2026-01-01", "--to", "2026-12-31"});
    ASSERT_EQ(invoices.size(), 4u);
    for (const json& invoice : invoices) {
        if (invoice["status"] != "void")
            tax += invoice["tax_cents"].get<long long>();
        for (const json& payment : invoice["payments"]) {
            received += payment["amount_cents"].get<long long>();
            tips += payment["tip_cents"].get<long long>();
            byMethod[payment["method"]] += payment["amount_cents"].get<long long>();
        }
    }
    const json report = cliJson({"billing", "report", "--year", "2026"});
    const json& total = report["total"];
    EXPECT_EQ(total["total_received_cents"], received);
    EXPECT_EQ(received, 9605 + 4000 - 1500 + 25000);
    EXPECT_EQ(total["tips_cents"], tips);
    EXPECT_EQ(total["tax_cents"], tax);
    EXPECT_EQ(total["prepayments_cents"], 25000);
    for (const auto& [method, amount] : byMethod)
        EXPECT_EQ(total["received_cents"][method], amount) << method;
    EXPECT_EQ(report["months"][10]["total_received_cents"], received) << "all in November";
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
    EXPECT_THAT(text.out, HasSubstr("Zoë Martin"));
}

} // namespace
} // namespace knotwork::cli
