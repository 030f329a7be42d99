// knotwork-cli waitlist as a script uses it: an entry added with its days and what suits, listed
// (oldest first), refused with the field and the rule when its days are out of order, closed, and
// offered by `appointment cancel` when a freed time fits it; each with --json.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_schedule_test.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using knotwork::testing::ProcessResult;
using nlohmann::json;

class WaitlistCommands : public CliScheduleTest {
protected:
    std::vector<long long> listedIds()
    {
        std::vector<long long> ids;
        for (const json& entry : cliJson({"waitlist", "list"}))
            ids.push_back(entry["id"]);
        return ids;
    }
};

TEST_F(WaitlistCommands, AnEntryIsAddedListedAndClosed)
{
    const json added = cliJson({"waitlist", "add", "--client", client(), "--service", "4", "--until", "2026-12-31",
                                "--note", "mornings, not Wednesdays"});
    EXPECT_EQ(added["client_name"], "Zoë Martin");
    EXPECT_EQ(added["service_name"], "Treatment, 60 min");
    EXPECT_EQ(added["from_date"], "2026-11-25");  // today by the test's clock
    EXPECT_EQ(added["until_date"], "2026-12-31");
    EXPECT_EQ(added["preferences"], "mornings, not Wednesdays");
    const long long first = added["id"];
    const long long second = cliJson({"waitlist", "add", "--client", client(), "--service", "3", "--from",
                                      "2026-12-01"})["id"];
    EXPECT_THAT(listedIds(), ::testing::ElementsAre(first, second));

    const ProcessResult listed = cli({"waitlist", "list"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_THAT(listed.out, HasSubstr("mornings, not Wednesdays"));
    EXPECT_THAT(listed.out, HasSubstr("2 entries."));

    const ProcessResult closed = cli({"waitlist", "close", std::to_string(first)});
    ASSERT_EQ(closed.exitCode, 0) << closed.err;
    EXPECT_THAT(closed.out, HasSubstr("Closed waitlist entry"));
    EXPECT_THAT(listedIds(), ::testing::ElementsAre(second));
    EXPECT_NE(cli({"waitlist", "close", std::to_string(first)}).exitCode, 0) << "an entry closes once";
}

TEST_F(WaitlistCommands, DaysOutOfOrderAreRefusedNamingTheFieldAndNothingIsAdded)
{
    const ProcessResult refused = cli({"waitlist", "add", "--client", client(), "--service", "4", "--from",
                                       "2026-12-10", "--until", "2026-12-01"});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_THAT(refused.err, HasSubstr("Until"));
    EXPECT_TRUE(listedIds().empty());
}

TEST_F(WaitlistCommands, AnEntryAddedHereIsOfferedWhenACancellationFreesATimeThatFits)
{
    const long long waiting = addTreatedClient({"--family-name", "Nowak", "--given-names", "Łukasz"});
    const long long entry = cliJson({"waitlist", "add", "--client", std::to_string(waiting), "--service", "4"})["id"];
    const long long visit = book(m_client, "2026-12-08 10:00");
    const json cancelled =
        cliJson({"appointment", "cancel", std::to_string(visit), "--by", "client", "--reason", "Away"});
    ASSERT_EQ(cancelled["waitlist"].size(), 1u);
    EXPECT_EQ(cancelled["waitlist"][0]["id"], entry);
    EXPECT_EQ(cancelled["waitlist"][0]["client_name"], "Łukasz Nowak");
}

} // namespace
} // namespace knotwork::cli
