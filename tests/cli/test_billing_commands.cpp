// knotwork-cli checkout, invoice and payment as a script uses them: a visit checked out with its
// payment split across methods and a tip kept apart, a partial payment and then the rest, a
// refund, a void after which the visit is checked out again on the next number, a correction,
// the billing settings and a service's tax rule; each with --json, and the text a person reads.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_billing_test.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using knotwork::testing::ProcessResult;
using nlohmann::json;

class BillingCommands : public CliBillingTest {};

TEST_F(BillingCommands, ACheckoutSplitAcrossMethodsIssuesTheFirstNumberPaidInFullWithTheTipApart)
{
    const std::string visit = arrivedVisit("2026-11-26 10:00");
    const json paid = checkout(visit, {"card:50:10:4242", "cash:46.05"});
    EXPECT_EQ(paid["number"], 1);
    EXPECT_EQ(paid["number_text"], "INV-000001");
    EXPECT_EQ(paid["billed_to"], "Zoë Martin");
    EXPECT_EQ(paid["issued_on"], "2026-11-25");
    EXPECT_EQ(paid["appointment_id"], std::stoll(visit));
    EXPECT_EQ(paid["subtotal_cents"], 8500);
    EXPECT_EQ(paid["tax_cents"], 1105);
    EXPECT_EQ(paid["total_cents"], kVisitTotal);
    EXPECT_EQ(paid["paid_cents"], kVisitTotal) << "the tip is not part of what the invoice is paid";
    EXPECT_EQ(paid["balance_cents"], 0);
    ASSERT_EQ(paid["payments"].size(), 2u);
    EXPECT_EQ(paid["payments"][0]["method"], "card");
    EXPECT_EQ(paid["payments"][0]["amount_cents"], 5000);
    EXPECT_EQ(paid["payments"][0]["tip_cents"], 1000);
    EXPECT_EQ(paid["payments"][0]["reference"], "4242");
    EXPECT_EQ(paid["payments"][1]["method"], "cash");

    const ProcessResult shown = cli({"invoice", "show", "INV-000001"});
    ASSERT_EQ(shown.exitCode, 0) << shown.err;
    EXPECT_THAT(shown.out, HasSubstr("INV-000001 (Issued)"));
    EXPECT_THAT(shown.out, HasSubstr("HST 13%"));
    EXPECT_THAT(shown.out, HasSubstr("$11.05"));
    EXPECT_THAT(shown.out, HasSubstr("$96.05"));
    EXPECT_THAT(shown.out, HasSubstr("$10.00")) << "the tip";
    EXPECT_EQ(cliJson({"invoice", "show", idOf(paid)})["total_cents"], kVisitTotal);

    const ProcessResult again = cli({"checkout", "--appointment", visit});
    EXPECT_EQ(again.exitCode, 1) << "a visit has one issued invoice";
    EXPECT_EQ(cliJson({"invoice", "list"}).size(), 1u);
}

TEST_F(BillingCommands, APartialPaymentLeavesABalanceThatThePaymentOfTheRestClears)
{
    const json partial = checkout(arrivedVisit("2026-11-26 10:00"), {"e_transfer:40"});
    EXPECT_EQ(partial["balance_cents"], kVisitTotal - 4000);
    EXPECT_EQ(cliJson({"billing", "balance", "--client", client()})["balance_cents"], kVisitTotal - 4000);

    const ProcessResult tooMuch = cli({"payment", "add", "--invoice", idOf(partial), "--method", "card", "--amount",
                                       "60"});
    EXPECT_EQ(tooMuch.exitCode, 1) << "more than is due";
    const json rest = cliJson({"payment", "add", "--invoice", "INV-000001", "--method", "cheque", "--amount", "56.05",
                               "--reference", "1042"});
    EXPECT_EQ(rest["balance_cents"], 0);
    ASSERT_EQ(rest["payments"].size(), 2u);
    EXPECT_EQ(rest["payments"][1]["reference"], "1042");
    const ProcessResult balance = cli({"billing", "balance", "--client", client()});
    ASSERT_EQ(balance.exitCode, 0) << balance.err;
    EXPECT_THAT(balance.out, HasSubstr("Balance owed: $0.00."));
}

TEST_F(BillingCommands, ARefundIsAPaymentBackWithItsReasonAndNoMoreThanWasPaidThatWay)
{
    const json paid = checkout(arrivedVisit("2026-11-26 10:00"), {"card:96.05"});
    const ProcessResult tooMuch = cli({"payment", "refund", "--invoice", idOf(paid), "--method", "card", "--amount",
                                       "100", "--reason", "Overcharged"});
    EXPECT_EQ(tooMuch.exitCode, 1);
    const ProcessResult notThatWay = cli({"payment", "refund", "--invoice", idOf(paid), "--method", "cash",
                                          "--amount", "5", "--reason", "Overcharged"});
    EXPECT_EQ(notThatWay.exitCode, 1) << "nothing was paid in cash";

    const json refunded = cliJson({"payment", "refund", "--invoice", idOf(paid), "--method", "card", "--amount", "20",
                                   "--reason", "Session cut short"});
    ASSERT_EQ(refunded["payments"].size(), 2u);
    EXPECT_EQ(refunded["payments"][1]["amount_cents"], -2000);
    EXPECT_EQ(refunded["payments"][1]["reason"], "Session cut short");
    EXPECT_EQ(refunded["paid_cents"], kVisitTotal - 2000);
    EXPECT_EQ(refunded["balance_cents"], 2000);
    EXPECT_THAT(cli({"invoice", "show", idOf(paid)}).out, HasSubstr("Session cut short"));
}

TEST_F(BillingCommands, AVoidKeepsTheInvoiceAndTheVisitIsCheckedOutAgainOnTheNextNumber)
{
    const std::string visit = arrivedVisit("2026-11-26 10:00");
    const json paid = checkout(visit, {"cash:20"});
    const ProcessResult stillPaid = cli({"invoice", "void", idOf(paid), "--reason", "Wrong service"});
    EXPECT_EQ(stillPaid.exitCode, 1) << "payments remain: refund them first";
    EXPECT_THAT(stillPaid.err, HasSubstr("paid"));
    cliJson({"payment", "refund", "--invoice", idOf(paid), "--method", "cash", "--amount", "20", "--reason",
             "Wrong service"});

    const json voided = cliJson({"invoice", "void", "INV-000001", "--reason", "Wrong service"});
    EXPECT_EQ(voided["status"], "void");
    EXPECT_EQ(voided["void_reason"], "Wrong service");
    const json reissued = checkout(visit, {"card:96.05"});
    EXPECT_EQ(reissued["number"], 2);
    EXPECT_EQ(reissued["balance_cents"], 0);

    const json listed = cliJson({"invoice", "list", "--client", client()});
    ASSERT_EQ(listed.size(), 2u) << "the void invoice stays";
    EXPECT_EQ(listed[1]["status"], "void");
    EXPECT_EQ(listed[1]["balance_cents"], 0);
    const ProcessResult text = cli({"invoice", "list", "--from", "2026-11-01", "--to", "2026-11-30"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("INV-000001"));
    EXPECT_THAT(text.out, HasSubstr("Void"));
    EXPECT_THAT(text.out, HasSubstr("2 invoices."));
    EXPECT_EQ(cliJson({"billing", "settings", "show"})["next_invoice_number"], 3);
}

TEST_F(BillingCommands, ACorrectionVoidsTheInvoiceAndIssuesTheNextWithThePaymentsMoved)
{
    const json paid = checkout(arrivedVisit("2026-11-26 10:00"), {"card:50"});
    const json corrected = cliJson({"invoice", "correct", idOf(paid), "--reason", "Student rate", "--amount", "1=70"});
    EXPECT_EQ(corrected["number"], 2);
    EXPECT_EQ(corrected["replaces"], paid["id"]);
    EXPECT_EQ(corrected["subtotal_cents"], 7000);
    EXPECT_EQ(corrected["tax_cents"], 910);
    EXPECT_EQ(corrected["paid_cents"], 5000);
    EXPECT_EQ(corrected["balance_cents"], 7910 - 5000);
    EXPECT_EQ(cliJson({"invoice", "show", idOf(paid)})["status"], "void");

    const ProcessResult noSuchLine = cli({"invoice", "correct", idOf(corrected), "--reason", "x", "--amount", "2=70"});
    EXPECT_EQ(noSuchLine.exitCode, 1);
    EXPECT_THAT(noSuchLine.err, HasSubstr("--amount"));
}

TEST_F(BillingCommands, TheSettingsAreShownAndSetAndAServiceWithoutTaxIsChargedNone)
{
    const json settings = cliJson({"billing", "settings"});
    EXPECT_EQ(settings["tax_basis_points"], 1300);
    EXPECT_EQ(settings["tax_number"], "81234 5678 RT0001");
    EXPECT_EQ(settings["rules"], "ontario");
    const json set = cliJson({"billing", "settings", "set", "--rules", "united_states", "--currency", "USD", "--npi",
                              "1234567893"});
    EXPECT_EQ(set["rules"], "united_states");
    EXPECT_EQ(set["tax_name"], "HST") << "what is not given stays";
    const ProcessResult text = cli({"billing", "settings", "show"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("HST 13%"));
    EXPECT_THAT(text.out, HasSubstr("INV-000001"));

    const json service = cliJson({"schedule", "services", "edit", kTreatment, "--taxable", "no", "--cpt", "97140"});
    EXPECT_EQ(service["taxable"], false);
    EXPECT_EQ(service["cpt_code"], "97140");
    const json untaxed = checkout(arrivedVisit("2026-11-26 10:00"));
    EXPECT_EQ(untaxed["tax_cents"], 0);
    EXPECT_EQ(untaxed["total_cents"], 8500);
    EXPECT_EQ(untaxed["lines"][0]["cpt_code"], "97140");
}

} // namespace
} // namespace knotwork::cli
