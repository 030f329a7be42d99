// knotwork-cli reminders send|log and the reminders' settings, against a mail server the test
// starts on loopback: tomorrow's reminder arrives once with its words and nothing clinical, a
// server that is down leaves the visit unsent with the failure logged and the next run sends it,
// a dry run sends and writes nothing, and the account's password is kept outside the practice.
#include <filesystem>
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "app/practice/practice_context.h"
#include "cli_practice_test.h"
#include "mail/smtp_test_server.h"
#include "practice_dump.h"
#include "support/environment_override.h"

namespace knotwork::cli {
namespace {

using knotwork::testing::ProcessResult;
using knotwork::testing::SmtpTestServer;
using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;

// kCliTestDay is November 25: the reminders go to the visits of the 26th.
const Date kTomorrow(2026, 11, 26);

class ReminderCommands : public CliPracticeTest {
protected:
    void SetUp() override
    {
        CliPracticeTest::SetUp();
        for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
                 {"practice_name", "Harbourside Massage"},
                 {"phone", "416-555-0100"},
                 {"smtp.host", "127.0.0.1"},
                 {"smtp.security", "none"},
                 {"smtp.from_address", "ana@harbourside.example.com"},
                 {"smtp.from_name", "Ana Lima RMT"}})
            ASSERT_EQ(cli({"settings", "set", key, value}).exitCode, 0) << key;
        m_helene = cliJson({"client", "add", "--family-name", "Côté", "--given-names", "Hélène", "--email",
                            "helene@example.net"})["id"];
        m_noEmail = cliJson({"client", "add", "--family-name", "Martin", "--given-names", "Zoë"})["id"];
    }

    // Books a visit for `client` at `hour` on `day` over the services, as the app would (with the
    // CLI's config folder, which holds the practice's record key).
    long long book(long long client, const Date& day, int hour, const std::string& notes = "")
    {
        const knotwork::testing::EnvironmentOverride config("XDG_CONFIG_HOME", (m_dir / "config").string());
        app::PracticeContext practice(m_practice, db::OpenMode::ExistingOnly, "test", Clock::stoppedOn(Date(2026, 11, 25)));
        schedule::Appointment visit;
        visit.clientId = client;
        visit.serviceId = practice.scheduleService().book().services().at(3).id;
        visit.start = localTimeOn(day, boost::posix_time::hours(hour));
        visit.minutes = 60;
        visit.notes = notes;
        return practice.scheduleService().book(visit, schedule::Issues::Accepted).id;
    }

    void useServer(int port, const std::string& username = "")
    {
        ASSERT_EQ(cli({"settings", "set", "smtp.port", std::to_string(port)}).exitCode, 0);
        ASSERT_EQ(cli({"settings", "set", "smtp.username", username}).exitCode, 0);
        ASSERT_EQ(cli({"settings", "set", "reminder.enabled", "on"}).exitCode, 0);
    }

    json sendJson()
    {
        const ProcessResult run = cli({"reminders", "send", "--json"});
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return json::parse(run.out);
    }

    long long m_helene = 0, m_noEmail = 0;
};

TEST_F(ReminderCommands, TomorrowsReminderArrivesOnceWithItsWordsAndNothingClinical)
{
    SmtpTestServer server(m_dir / "inbox", {"ana", "s3cret pass", ""});
    const long long visit = book(m_helene, kTomorrow, 10, "Left shoulder: supraspinatus tendinopathy");
    book(m_noEmail, kTomorrow, 11);
    book(m_helene, kTomorrow + boost::gregorian::days(1), 10);
    useServer(server.port(), "ana");
    std::filesystem::create_directories(m_dir / "secret");
    {
        std::ofstream(m_dir / "secret" / "password") << "s3cret pass\n";
    }
    std::filesystem::permissions(m_dir / "secret" / "password", std::filesystem::perms::owner_read);
    const ProcessResult kept = cli({"settings", "mail-password", "--file", (m_dir / "secret" / "password").string()});
    ASSERT_EQ(kept.exitCode, 0) << kept.err;
    EXPECT_THAT(kept.out, HasSubstr("Kept the password of ana on 127.0.0.1"));

    const json run = sendJson();
    EXPECT_EQ(run["day"], "2026-11-26");
    ASSERT_EQ(run["reminders"].size(), 1u) << "Zoë has no email address; the 27th is tomorrow's tomorrow";
    EXPECT_EQ(run["reminders"][0]["appointment_id"], visit);
    EXPECT_EQ(run["reminders"][0]["to"], "helene@example.net");
    EXPECT_EQ(run["reminders"][0]["result"], "sent");
    EXPECT_EQ(run["sent"], 1);

    ASSERT_EQ(server.receivedCount(), 1);
    const json received = server.decoded(1);
    EXPECT_EQ(received["rcpt_tos"], json::array({"helene@example.net"}));
    EXPECT_EQ(received["from"], "Ana Lima RMT <ana@harbourside.example.com>");
    EXPECT_EQ(received["subject"], run["reminders"][0]["subject"]);
    EXPECT_EQ(received["message_id"],
              "<reminder-" + std::to_string(visit) + "-20261126T100000@harbourside.example.com>")
        << "a reminder sent again after a killed run is the same message to the client's mail program";
    const std::string body = received["body"];
    EXPECT_THAT(body, HasSubstr("Hello Hélène,"));
    EXPECT_THAT(body, HasSubstr("Harbourside Massage"));
    EXPECT_THAT(body, HasSubstr("416-555-0100"));
    EXPECT_THAT(body, HasSubstr("24 hours"));
    EXPECT_THAT(server.raw(1), Not(HasSubstr("shoulder"))) << "the visit's notes stay in the practice";
    EXPECT_THAT(server.raw(1), Not(HasSubstr("Treatment"))) << "nor what the visit is for";

    const ProcessResult again = cli({"reminders", "send"});
    EXPECT_EQ(again.exitCode, 0) << again.err;
    EXPECT_THAT(again.out, HasSubstr("No reminder is due"));
    EXPECT_EQ(server.receivedCount(), 1) << "a sent reminder is never sent again";

    const json log = cliJson({"reminders", "log"});
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0]["to"], "helene@example.net");
    EXPECT_EQ(log[0]["starts_at"], "2026-11-26T10:00");
    EXPECT_EQ(log[0]["attempts"], 1);
    EXPECT_FALSE(log[0]["sent_at"].is_null());
    EXPECT_THAT(cli({"reminders", "log", "--from", "2026-11-26", "--to", "2026-11-26"}).out,
                HasSubstr("helene@example.net"));
    EXPECT_THAT(cli({"reminders", "log", "--from", "2026-11-27"}).out, HasSubstr("No reminder was sent"));

    EXPECT_THAT(knotwork::testing::practiceDump(m_practice), Not(HasSubstr("s3cret"))) << "never in the practice";
    const std::filesystem::path passwords = m_dir / "config" / "knotwork" / "smtp-passwords.json";
    ASSERT_TRUE(std::filesystem::exists(passwords));
    EXPECT_EQ(std::filesystem::status(passwords).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
}

TEST_F(ReminderCommands, AServerThatIsDownLeavesTheVisitUnsentAndTheNextRunSendsIt)
{
    const long long visit = book(m_helene, kTomorrow, 10);
    const int downPort = knotwork::testing::freeLoopbackPort();
    useServer(downPort);

    const ProcessResult down = cli({"reminders", "send"});
    EXPECT_EQ(down.exitCode, 1);
    EXPECT_THAT(down.err, HasSubstr("127.0.0.1:" + std::to_string(downPort)));
    EXPECT_THAT(down.out, HasSubstr("Not sent to helene@example.net"));
    json log = cliJson({"reminders", "log"});
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0]["appointment_id"], visit);
    EXPECT_TRUE(log[0]["sent_at"].is_null());
    EXPECT_THAT(log[0]["failure"].get<std::string>(), HasSubstr("127.0.0.1:" + std::to_string(downPort)));

    SmtpTestServer server(m_dir / "inbox", {});
    useServer(server.port());
    EXPECT_EQ(sendJson()["sent"], 1);
    EXPECT_EQ(sendJson()["reminders"].size(), 0u);
    EXPECT_EQ(server.receivedCount(), 1) << "sent once";
    log = cliJson({"reminders", "log"});
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0]["attempts"], 2);
    EXPECT_FALSE(log[0]["sent_at"].is_null());
    EXPECT_EQ(log[0]["failure"], "");
}

TEST_F(ReminderCommands, AnAddressTheServerRefusesIsLoggedAndTheOthersAreStillSent)
{
    SmtpTestServer server(m_dir / "inbox", {"", "", "helene@example.net"});
    const long long paul = cliJson({"client", "add", "--family-name", "Roy", "--given-names", "Paul", "--email",
                                    "paul@example.net"})["id"];
    book(m_helene, kTomorrow, 9);
    book(paul, kTomorrow, 11);
    useServer(server.port());

    const ProcessResult run = cli({"reminders", "send", "--json"});
    EXPECT_EQ(run.exitCode, 1) << "a reminder due was not sent";
    const json sent = json::parse(run.out);
    ASSERT_EQ(sent["reminders"].size(), 2u);
    EXPECT_EQ(sent["reminders"][0]["result"], "failed");
    EXPECT_THAT(sent["reminders"][0]["failure"].get<std::string>(), HasSubstr("helene@example.net"));
    EXPECT_EQ(sent["reminders"][1]["result"], "sent");
    EXPECT_EQ(server.receivedCount(), 1);

    const json retry = json::parse(cli({"reminders", "send", "--json"}).out);
    ASSERT_EQ(retry["reminders"].size(), 1u) << "only the refused one is tried again";
    EXPECT_EQ(retry["reminders"][0]["to"], "helene@example.net");
    EXPECT_EQ(server.receivedCount(), 1);
    const json log = cliJson({"reminders", "log"});
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0]["attempts"], 2);
    EXPECT_TRUE(log[0]["sent_at"].is_null());
}

TEST_F(ReminderCommands, ADryRunSaysWhatWouldBeSentAndSendsAndWritesNothing)
{
    SmtpTestServer server(m_dir / "inbox", {});
    book(m_helene, kTomorrow, 10);
    useServer(server.port());
    const std::string before = knotwork::testing::practiceDump(m_practice);

    const ProcessResult dry = cli({"reminders", "send", "--dry-run"});
    EXPECT_EQ(dry.exitCode, 0) << dry.err;
    EXPECT_THAT(dry.out, HasSubstr("Would send to helene@example.net: Reminder: your appointment on"));
    const json dryJson = cliJson({"reminders", "send", "--dry-run"});
    EXPECT_EQ(dryJson["dry_run"], true);
    EXPECT_EQ(dryJson["reminders"][0]["result"], "would_send");

    EXPECT_EQ(server.receivedCount(), 0);
    EXPECT_EQ(knotwork::testing::practiceDump(m_practice), before);
}

TEST_F(ReminderCommands, RemindersAreOffUntilTurnedOnAndSendNothingThen)
{
    SmtpTestServer server(m_dir / "inbox", {});
    book(m_helene, kTomorrow, 10);
    ASSERT_EQ(cli({"settings", "set", "smtp.port", std::to_string(server.port())}).exitCode, 0);
    const ProcessResult off = cli({"reminders", "send"});
    EXPECT_EQ(off.exitCode, 0) << "a daily timer left in place does not fail";
    EXPECT_THAT(off.out, HasSubstr("Reminders are off"));
    EXPECT_EQ(server.receivedCount(), 0);
    EXPECT_TRUE(cliJson({"reminders", "log"}).empty());
}

TEST_F(ReminderCommands, TheSettingsAreShownAndKeptByTheirRules)
{
    const json shown = cliJson({"settings", "show"})["reminders"];
    EXPECT_EQ(shown["enabled"], false);
    EXPECT_EQ(shown["smtp"]["host"], "127.0.0.1");
    EXPECT_EQ(shown["smtp"]["port"], 587);
    EXPECT_EQ(shown["subject"], "") << "the default words";
    EXPECT_THAT(cli({"settings", "show"}).out, HasSubstr("Reminders by email"));

    EXPECT_EQ(cli({"settings", "set", "reminder.subject", "See you {date}, {first_name}"}).exitCode, 0);
    EXPECT_EQ(cliJson({"settings", "show"})["reminders"]["subject"], "See you {date}, {first_name}");

    const std::string before = knotwork::testing::practiceDump(m_practice);
    const ProcessResult placeholder = cli({"settings", "set", "reminder.body", "Your {diagnosis} visit"});
    EXPECT_EQ(placeholder.exitCode, 1);
    EXPECT_THAT(placeholder.err, HasSubstr("reminder.body: "));
    EXPECT_THAT(placeholder.err, HasSubstr("{diagnosis}"));
    const ProcessResult port = cli({"settings", "set", "smtp.port", "70000"});
    EXPECT_EQ(port.exitCode, 1);
    EXPECT_THAT(port.err, HasSubstr("smtp.port: "));
    const ProcessResult plain = cli({"settings", "set", "smtp.host", "smtp.example.org"});
    EXPECT_EQ(plain.exitCode, 1) << "no unencrypted connection to another computer";
    EXPECT_THAT(plain.err, HasSubstr("smtp.security: "));
    const ProcessResult unknown = cli({"settings", "set", "smtp.hostname", "x"});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_THAT(unknown.err, HasSubstr("smtp.host, smtp.port"));
    EXPECT_EQ(knotwork::testing::practiceDump(m_practice), before) << "nothing stored changes on a refusal";

    ASSERT_EQ(cli({"settings", "set", "smtp.from_address", ""}).exitCode, 0) << "an account still being filled in";
    const ProcessResult on = cli({"settings", "set", "reminder.enabled", "on"});
    EXPECT_EQ(on.exitCode, 1);
    EXPECT_THAT(on.err, HasSubstr("smtp.from_address: "));
}

} // namespace
} // namespace knotwork::cli
