// knotwork-cli client, provider and demo as a script would use them: exit codes, what is printed,
// and that the same practice is what the app sees.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/practice/practice_context.h"
#include "cli_practice_test.h"
#include "support/environment_override.h"
#include "support/practice_files.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace knotwork::cli {
namespace {

using namespace std::string_literals;

using ::testing::HasSubstr;
using knotwork::testing::ProcessResult;
using knotwork::testing::readBytes;
using knotwork::testing::writeBytes;
using nlohmann::json;

class ClientCommands : public CliPracticeTest {
protected:
    std::vector<std::string> listedNames(const std::string& search, const std::string& filter = "active")
    {
        std::vector<std::string> names;
        const json listed = cliJson({"client", "list", "--search", search, "--filter", filter});
        for (const json& row : listed["clients"])
            names.push_back(row["family_name"].get<std::string>() + ", " + row["given_names"].get<std::string>());
        return names;
    }
};

TEST_F(ClientCommands, AddListShowAndArchiveRoundTripWithAccents)
{
    const long long provider = cliJson({"provider", "add", "--name", "Dr Søren Holm", "--role", "neurologist",
                                        "--clinic", "Łódź Headache Clinic"})["id"];
    const long long zoe = cliJson({"client", "add", "--family-name", "Martin", "--given-names", "Zoë", "--dob",
                                   "1990-02-03", "--phone", "416 555 0142", "--email", "zoe@example.com",
                                   "--referred-by", std::to_string(provider), "--diagnosis", "tension_type::2026-03-01"})["id"];
    cliJson({"client", "add", "--family-name", "Nowak", "--given-names", "Łukasz"});
    cliJson({"client", "add", "--family-name", "Nguyễn", "--given-names", "An"});

    EXPECT_THAT(listedNames("nguyen"), ::testing::ElementsAre("Nguyễn, An"));
    EXPECT_THAT(listedNames("LUKASZ"), ::testing::ElementsAre("Nowak, Łukasz"));
    EXPECT_THAT(listedNames("555 0142"), ::testing::ElementsAre("Martin, Zoë"));

    const ProcessResult table = cli({"client", "list"});
    EXPECT_EQ(table.exitCode, 0);
    EXPECT_THAT(table.out, HasSubstr("Martin, Zoë"));
    EXPECT_THAT(table.out, HasSubstr("3 of 3 clients shown."));

    const json chart = cliJson({"client", "show", std::to_string(zoe)});
    EXPECT_EQ(chart["client"]["given_names"], "Zoë");
    EXPECT_EQ(chart["client"]["date_of_birth"], "1990-02-03");
    EXPECT_EQ(chart["diagnoses"][0]["type"], "tension_type");
    EXPECT_EQ(chart["diagnoses"][0]["provider_id"], provider);
    EXPECT_EQ(chart["care_team"][0]["relation"], "referring");
    EXPECT_EQ(chart["safety"]["status"], "clear");
    const ProcessResult shown = cli({"client", "show", std::to_string(zoe)});
    EXPECT_THAT(shown.out, HasSubstr("Tension-type headache — Dr Søren Holm, 2026-03-01"));

    const ProcessResult archived = cli({"client", "archive", std::to_string(zoe), "--reason", "Moved to Kraków"});
    EXPECT_EQ(archived.exitCode, 0) << archived.err;
    EXPECT_THAT(listedNames("zoe"), ::testing::IsEmpty());
    EXPECT_THAT(listedNames("zoe", "archived"), ::testing::ElementsAre("Martin, Zoë"));
    EXPECT_EQ(cliJson({"client", "restore", std::to_string(zoe)})["archived"], false);
    EXPECT_THAT(listedNames("zoe"), ::testing::ElementsAre("Martin, Zoë"));
}

TEST_F(ClientCommands, ARedFlagBlocksAndAClearanceWithItsLetterClearsIt)
{
    const json added = cliJson({"client", "add", "--family-name", "Martin", "--given-names", "Zoë", "--red-flag", "recent_trauma"});
    EXPECT_EQ(added["safety"]["status"], "clearance_required");
    const std::string id = std::to_string(added["id"].get<long long>());
    const ProcessResult historyAtAVisit = cli({"client", "screen", id, "--issue", "recent_trauma"});
    EXPECT_EQ(historyAtAVisit.exitCode, 1);
    EXPECT_THAT(historyAtAVisit.err, HasSubstr("rescreen: \"Recent head or neck injury\" is part of the client's history"));
    EXPECT_EQ(cliJson({"client", "screen", id, "--issue", "vision_changes"})["safety"]["status"], "refer");
    EXPECT_EQ(cliJson({"client", "list", "--filter", "needs_clearance"})["total"], 1);

    const auto letter = m_dir / "clearance letter.pdf";
    writeBytes(letter, "%PDF-1.4\n\0\x01\xfe binary letter"s);
    const json cleared = cliJson({"client", "clear", id, "--date", "2026-11-20", "--provider-name", "Dr Amara Okafor",
                                  "--expires", "2027-06-01", "--conditions", "No neck manipulation", "--letter", letter.string()});
    EXPECT_EQ(cleared["safety"]["status"], "cleared");
    EXPECT_EQ(cliJson({"client", "list", "--filter", "needs_clearance"})["total"], 0);

    const ProcessResult shown = cli({"client", "show", id});
    EXPECT_THAT(shown.out, HasSubstr("by Dr Amara Okafor, until 2027-06-01"));
    EXPECT_THAT(shown.out, HasSubstr("No neck manipulation"));

    const json chart = cliJson({"client", "show", id});
    const long long attachment = chart["clearances"][0]["letter_attachment_id"];
    const auto copy = m_dir / "copy.pdf";
    EXPECT_EQ(cli({"client", "attachment", std::to_string(attachment), "--out", copy.string()}).exitCode, 0);
    EXPECT_EQ(readBytes(copy), readBytes(letter));

    // A new red flag at a later visit re-opens the status.
    EXPECT_EQ(cliJson({"client", "screen", id, "--issue", "vision_changes", "--issue", "fever_or_systemic_illness"})["safety"]["status"], "refer");
}

TEST_F(ClientCommands, AFlagIsLiftedByAWithdrawalWithItsReasonNotByANo)
{
    const std::string id = std::to_string(cliJson({"client", "add", "--family-name", "Roy", "--given-names", "Léa"})["id"].get<long long>());
    cliJson({"client", "screen", id, "--issue", "positional"});
    EXPECT_EQ(cliJson({"client", "screen", id})["safety"]["status"], "refer") << "a no at the next visit lifts nothing";

    const ProcessResult noDetails = cli({"client", "withdraw-flag", id, "positional", "--reason", "entered_in_error", "--details", " "});
    EXPECT_EQ(noDetails.exitCode, 1);
    EXPECT_THAT(noDetails.err, HasSubstr("withdrawal.details"));
    const ProcessResult notOnRecord = cli({"client", "withdraw-flag", id, "vision_changes", "--reason", "entered_in_error", "--details", "x"});
    EXPECT_EQ(notOnRecord.exitCode, 1);
    EXPECT_THAT(notOnRecord.err, HasSubstr("withdrawal.issue"));

    const json lifted = cliJson({"client", "withdraw-flag", id, "positional", "--reason", "resolved_confirmed_by_provider",
                                 "--details", "Dr Okafor, 2026-11-24: postural headache resolved, fine to treat"});
    EXPECT_EQ(lifted["safety"]["status"], "clear");
    const json chart = cliJson({"client", "show", id});
    ASSERT_EQ(chart["withdrawals"].size(), 1u);
    EXPECT_EQ(chart["withdrawals"][0]["reason"], "resolved_confirmed_by_provider");
    EXPECT_THAT(cli({"client", "show", id}).out, HasSubstr("withdrawn"));
}

TEST_F(ClientCommands, ALapsedClearanceIsExtendedOnceWithAReason)
{
    // Screened and cleared in the spring until the end of October; today (the test's clock) is 2026-11-25.
    const ProcessResult added = cli({"client", "add", "--family-name", "Lind", "--given-names", "Ola", "--red-flag", "cluster_headache"},
                                    "2026-03-30");
    ASSERT_EQ(added.exitCode, 0) << added.err;
    const std::string id = "1";
    ASSERT_EQ(cli({"client", "clear", id, "--date", "2026-04-01", "--provider-name", "Dr Amara Okafor", "--expires", "2026-10-31"},
                  "2026-04-02").exitCode, 0);
    const json lapsed = cliJson({"client", "show", id});
    EXPECT_EQ(lapsed["safety"]["status"], "clearance_required");
    const std::string clearance = lapsed["safety"]["extendable_clearance_id"].dump();

    const ProcessResult tooLong = cli({"client", "extend-clearance", id, clearance, "--to", "2027-06-01", "--reason", "Letter asked for"});
    EXPECT_EQ(tooLong.exitCode, 1);
    EXPECT_THAT(tooLong.err, HasSubstr("extension.extended_to"));
    const json extended = cliJson({"client", "extend-clearance", id, clearance, "--to", "2026-12-31",
                                   "--reason", "No change since April; new letter requested from Dr Okafor"});
    EXPECT_EQ(extended["safety"]["status"], "cleared");
    EXPECT_EQ(extended["safety"]["cleared_until"], "2026-12-31");
    const ProcessResult again = cli({"client", "extend-clearance", id, clearance, "--to", "2026-12-30", "--reason", "Again"}, "2027-01-02");
    EXPECT_EQ(again.exitCode, 1) << "once only";
    EXPECT_THAT(cli({"client", "show", id}).out, HasSubstr("No change since April"));
}

TEST_F(ClientCommands, APregnancyFlagNeedsTheDayThePeriodEnds)
{
    const ProcessResult withoutEnd = cli({"client", "add", "--family-name", "Roy", "--given-names", "Léa", "--red-flag", "pregnancy_or_postpartum"});
    EXPECT_EQ(withoutEnd.exitCode, 1);
    EXPECT_THAT(withoutEnd.err, HasSubstr("screening.pregnancy_ends_on"));
    const json added = cliJson({"client", "add", "--family-name", "Roy", "--given-names", "Léa", "--red-flag", "pregnancy_or_postpartum",
                                "--pregnancy-ends", "2027-08-01"});
    EXPECT_EQ(added["safety"]["status"], "refer");
    EXPECT_EQ(cliJson({"client", "show", added["id"].dump()})["screenings"][0]["pregnancy_ends_on"], "2027-08-01");
}

TEST_F(ClientCommands, ConsentsAreRecordedAndRevoked)
{
    cliJson({"client", "add", "--family-name", "Martin", "--given-names", "Zoë"});
    const long long provider = cliJson({"provider", "add", "--name", "Dr Amara Okafor", "--role", "physical_therapist"})["id"];
    cliJson({"client", "consent", "1", "--treatment", "--version", "2024-1", "--date", "2026-01-05"});
    const long long share = cliJson({"client", "consent", "1", "--share-with", std::to_string(provider), "--date", "2026-01-05"})["id"];
    EXPECT_EQ(cli({"client", "revoke-consent", "1", std::to_string(share), "--date", "2026-06-01"}).exitCode, 0);
    const json consents = cliJson({"client", "show", "1"})["consents"];
    ASSERT_EQ(consents.size(), 2u);
    EXPECT_EQ(consents[1]["revoked_on"], "2026-06-01");
    const ProcessResult twice = cli({"client", "revoke-consent", "1", std::to_string(share)});
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_THAT(twice.err, HasSubstr("already revoked"));
}

TEST_F(ClientCommands, AcceptingTheCancellationPolicyRecordsThePolicysCurrentVersion)
{
    cliJson({"client", "add", "--family-name", "Martin", "--given-names", "Zoë"});
    const ProcessResult beforeAPolicy = cli({"client", "consent", "1", "--cancellation-policy", "--date", "2026-01-05"});
    EXPECT_EQ(beforeAPolicy.exitCode, 1) << "no policy yet, so no version to fill in";
    EXPECT_THAT(beforeAPolicy.err, HasSubstr("consent.wording_version"));
    {
        // The practice's record key is where the commands keep it.
        const knotwork::testing::EnvironmentOverride config("XDG_CONFIG_HOME", (m_dir / "config").string());
        app::PracticeContext practice(m_practice, db::OpenMode::ExistingOnly, "Ana Lima",
                                      Clock::stoppedOn(Date(2026, 1, 5)));
        schedule::CancellationPolicy policy = practice.stores().schedule().cancellationPolicy();
        policy.text = "Please give 24 hours' notice.";
        policy.version = "2026-2";
        practice.stores().schedule().setCancellationPolicy(policy);
    }
    cliJson({"client", "consent", "1", "--cancellation-policy", "--date", "2026-01-05"});
    cliJson({"client", "consent", "1", "--cancellation-policy", "--version", "2025-1", "--date", "2026-01-05"});
    EXPECT_EQ(cli({"client", "consent", "1", "--cancellation-policy", "--treatment", "--date", "2026-01-05"}).exitCode, 2)
        << "one kind at a time";

    const json consents = cliJson({"client", "show", "1"})["consents"];
    ASSERT_EQ(consents.size(), 2u);
    EXPECT_EQ(consents[0]["kind"], "cancellation_policy");
    EXPECT_EQ(consents[0]["wording_version"], "2026-2") << "the current policy's version by default";
    EXPECT_EQ(consents[1]["wording_version"], "2025-1") << "the version given wins";
    EXPECT_THAT(cli({"client", "show", "1"}).out, HasSubstr("accepting the cancellation policy (version 2026-2)"));
}

TEST_F(ClientCommands, ValidationNamesEveryFieldAndSavesNothing)
{
    const ProcessResult run = cli({"client", "add", "--given-names", "Zoë", "--email", "zoe@", "--dob", "2999-01-01"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr("family_name: Family name is required."));
    EXPECT_THAT(run.err, HasSubstr("email: Email must be an email address"));
    EXPECT_THAT(run.err, HasSubstr("date_of_birth: Date of birth cannot be after"));
    EXPECT_EQ(cliJson({"client", "list", "--filter", "all"})["total"], 0);

    const ProcessResult badChoice = cli({"client", "add", "--family-name", "A", "--given-names", "B", "--red-flag", "headache"});
    EXPECT_EQ(badChoice.exitCode, 1);
    EXPECT_THAT(badChoice.err, HasSubstr("--red-flag must be one of:"));
    EXPECT_THAT(badChoice.err, HasSubstr("recent_trauma"));
}

TEST_F(ClientCommands, AnIntakeDocumentCanBeAddedFromJson)
{
    const auto file = m_dir / "intake.json";
    writeBytes(file, R"({"client": {"family_name": "Ólafsdóttir", "given_names": "Sigríður"},
                         "intake": {"headache": {"days_per_month": 12, "triggers": ["screen_work", "stress"]}},
                         "screening": {"issues": ["cluster_headache"]}})");
    const json added = cliJson({"client", "add", "--from", file.string()});
    EXPECT_EQ(added["safety"]["status"], "clearance_required");
    const json chart = cliJson({"client", "show", std::to_string(added["id"].get<long long>())});
    EXPECT_EQ(chart["intake"]["headache"]["days_per_month"], 12);

    // A chart printed by `client show --json` adds a second client; it never overwrites the first.
    writeBytes(file, chart.dump());
    const json copy = cliJson({"client", "add", "--from", file.string()});
    EXPECT_NE(copy["id"], added["id"]);
    EXPECT_EQ(cliJson({"client", "show", std::to_string(copy["id"].get<long long>())})["client"]["family_name"], "Ólafsdóttir");
    EXPECT_EQ(cliJson({"client", "list", "--search", "sigridur"})["total"], 2);

    writeBytes(file, R"({"intake": {"headache": {"days_per_month": "lots"}}})");
    const ProcessResult bad = cli({"client", "add", "--from", file.string()});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_THAT(bad.err, HasSubstr("headache.days_per_month"));
}

TEST_F(ClientCommands, ProvidersAreListedAndShown)
{
    cliJson({"provider", "add", "--name", "Dr Amara Okafor", "--role", "chiropractor", "--clinic", "Spine & Co"});
    const json list = cliJson({"provider", "list", "--search", "OKAFOR"});
    ASSERT_EQ(list["providers"].size(), 1u);
    EXPECT_EQ(list["providers"][0]["role"], "chiropractor");
    EXPECT_THAT(cli({"provider", "show", "1"}).out, HasSubstr("Spine & Co"));
    const ProcessResult missing = cli({"provider", "show", "9"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_THAT(missing.err, HasSubstr("no provider number 9"));
}

TEST_F(ClientCommands, ReadingAMissingPracticeSaysHowToCreateIt)
{
    const std::filesystem::path missing = m_dir / "missing.sqlite";
    const ProcessResult run = runCliOn(m_dir / "data", missing, {"client", "list"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr("knotwork-cli --db"));
    EXPECT_THAT(run.err, HasSubstr("init"));
    EXPECT_FALSE(std::filesystem::exists(missing));
}

} // namespace
} // namespace knotwork::cli
