// knotwork-cli package and gift as a script uses them: a package sold as a prepayment without tax,
// its visits checked out from it at their share of the price (tax included) until it is used up;
// a gift certificate sold with its code and redeemed in part, then for the rest of its balance.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "billing/money.h"
#include "cli_billing_test.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using knotwork::testing::ProcessResult;
using nlohmann::json;

class PrepaidCommands : public CliBillingTest {};

TEST_F(PrepaidCommands, APackageIsSoldWithoutTaxAndPaysItsVisitsAtTheirShareUntilUsedUp)
{
    const json sold = cliJson({"package", "sell", "--client", client(), "--service", kTreatment, "--visits", "2",
                               "--price", "180", "--pay", "card:180"});
    const std::string package = std::to_string(sold["package"]["id"].get<long long>());
    EXPECT_EQ(sold["package"]["visits_left"], 2);
    EXPECT_EQ(sold["sale"]["number"], 1);
    EXPECT_EQ(sold["sale"]["tax_cents"], 0) << "a prepayment is not taxed when sold";
    EXPECT_EQ(sold["sale"]["total_cents"], 18000);
    EXPECT_EQ(sold["sale"]["balance_cents"], 0);

    const long long share = 9000;
    for (const char* start : {"2026-11-26 10:00", "2026-11-27 10:00"}) {
        const json used = cliJson({"package", "use", "--package", package, "--appointment", arrivedVisit(start)});
        EXPECT_EQ(used["package_id"], std::stoll(package));
        EXPECT_EQ(used["total_cents"], share);
        EXPECT_EQ(used["tax_cents"], billing::taxIncludedIn(share, 1300)) << "tax included in the share";
        EXPECT_EQ(used["balance_cents"], 0);
        ASSERT_EQ(used["payments"].size(), 1u);
        EXPECT_EQ(used["payments"][0]["method"], "package");
    }
    const json listed = cliJson({"package", "list", "--client", client()});
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0]["visits_left"], 0);

    const std::string third = arrivedVisit("2026-11-30 10:00");
    const ProcessResult usedUp = cli({"package", "use", "--package", package, "--appointment", third});
    EXPECT_EQ(usedUp.exitCode, 1);
    EXPECT_THAT(usedUp.err, HasSubstr("package"));
    EXPECT_EQ(cliJson({"invoice", "list"}).size(), 3u) << "nothing issued for the refused visit";
    EXPECT_EQ(checkout(third)["number"], 4) << "checked out the usual way, on the next number";

    const ProcessResult text = cli({"package", "list", "--client", client()});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("0 of 2"));
}

TEST_F(PrepaidCommands, AGiftCertificateIsRedeemedInPartThenForWhatItHasLeft)
{
    const long long purchaser = addTreatedClient({"--family-name", "Lima", "--given-names", "Ana"});
    const json sold = cliJson({"gift", "sell", "--purchaser", std::to_string(purchaser), "--for", "Zoë Martin",
                               "--amount", "100", "--pay", "cash:100"});
    const std::string code = sold["certificate"]["code"];
    EXPECT_EQ(sold["certificate"]["balance_cents"], 10000);
    EXPECT_EQ(sold["sale"]["tax_cents"], 0);
    EXPECT_EQ(sold["sale"]["balance_cents"], 0);

    const json first = checkout(arrivedVisit("2026-11-26 10:00"));
    const json part = cliJson({"gift", "redeem", "--code", code, "--invoice", idOf(first), "--amount", "30"});
    EXPECT_EQ(part["balance_cents"], kVisitTotal - 3000);
    EXPECT_EQ(part["payments"][0]["method"], "gift_certificate");
    EXPECT_EQ(cliJson({"gift", "show", code})["balance_cents"], 7000);
    const json rest = cliJson({"gift", "redeem", "--code", code, "--invoice", idOf(first)});
    EXPECT_EQ(rest["balance_cents"], 0) << "the rest of what was due";
    EXPECT_EQ(cliJson({"gift", "show", code})["balance_cents"], 10000 - kVisitTotal);

    const json second = checkout(arrivedVisit("2026-11-27 10:00"));
    const json last = cliJson({"gift", "redeem", "--code", code, "--invoice", idOf(second)});
    EXPECT_EQ(last["paid_cents"], 10000 - kVisitTotal) << "all the certificate had left";
    const ProcessResult empty = cli({"gift", "redeem", "--code", code, "--invoice", idOf(second), "--amount", "1"});
    EXPECT_EQ(empty.exitCode, 1) << "nothing left on it";
    const ProcessResult shown = cli({"gift", "show", code});
    ASSERT_EQ(shown.exitCode, 0) << shown.err;
    EXPECT_THAT(shown.out, HasSubstr("Zoë Martin"));
    EXPECT_THAT(shown.out, HasSubstr("$0.00"));
    EXPECT_EQ(cli({"gift", "show", "GC-NONE-NONE"}).exitCode, 1);
}

} // namespace
} // namespace knotwork::cli
