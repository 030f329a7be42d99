#include <chrono>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/practice/practice_context.h"
#include "cli_practice_test.h"
#include "common/error.h"
#include "support/practice_files.h"

namespace knotwork::cli {
namespace {

namespace fs = std::filesystem;

using ::testing::HasSubstr;
using ::testing::Not;
using knotwork::testing::ProcessResult;

constexpr char kFirst[] = "correct horse battery staple";
constexpr char kSecond[] = "a much better passphrase";

class PassphraseCommands : public CliPracticeTest {
protected:
    // Each test makes its practice, plain or with a passphrase, as it needs.
    void SetUp() override {}

    // A file holding `passphrase` on its first line, private unless `mode` says otherwise.
    std::string passphraseFile(const std::string& name, const std::string& passphrase, fs::perms mode = fs::perms::owner_read
                                                                                                          | fs::perms::owner_write)
    {
        const fs::path file = m_dir / name;
        knotwork::testing::writeBytes(file, passphrase + "\n");
        fs::permissions(file, mode);
        return file.string();
    }

    // An encrypted practice with one client, Quennell, made through the command line.
    void encryptedPractice()
    {
        const std::string first = passphraseFile("first", kFirst);
        ASSERT_EQ(cli({"--passphrase-file", first, "init"}).exitCode, 0);
        ASSERT_EQ(cli({"--passphrase-file", first, "client", "add", "--family-name", "Quennell", "--given-names", "Zoe"})
                      .exitCode,
                  0);
    }

    bool practiceHoldsTheName() { return knotwork::testing::readBytes(m_practice).find("Quennell") != std::string::npos; }
};

TEST_F(PassphraseCommands, EveryKindOfCommandOpensAnEncryptedPracticeWithThePassphraseFile)
{
    const std::string first = passphraseFile("first", kFirst);
    const ProcessResult init = cli({"--passphrase-file", first, "init"});
    ASSERT_EQ(init.exitCode, 0) << init.err;
    EXPECT_THAT(init.out, HasSubstr("Forgetting the passphrase loses the practice"));
    EXPECT_EQ(init.err, "");

    const ProcessResult add =
        cli({"client", "add", "--family-name", "Quennell", "--given-names", "Zoe", "--passphrase-file", first});
    ASSERT_EQ(add.exitCode, 0) << add.err;
    const ProcessResult list = cli({"--passphrase-file", first, "client", "list"});
    EXPECT_EQ(list.exitCode, 0) << list.err;
    EXPECT_THAT(list.out, HasSubstr("Quennell, Zoe"));
    const nlohmann::json info = cliJson({"--passphrase-file", first, "info"});
    EXPECT_EQ(info["counts"]["clients"], 1);
    EXPECT_FALSE(practiceHoldsTheName());
}

TEST_F(PassphraseCommands, WithoutATerminalOrAFileTheCommandIsRefusedWithExitThree)
{
    encryptedPractice();
    for (const std::vector<std::string>& command :
         std::vector<std::vector<std::string>>{{"client", "list"}, {"info"}, {"passphrase", "remove"}}) {
        const ProcessResult run = cli(command);
        EXPECT_EQ(run.exitCode, 3) << command.front();
        EXPECT_THAT(run.err, HasSubstr("--passphrase-file"));
    }
}

TEST_F(PassphraseCommands, AWrongPassphraseIsExitThreeWithOneClearLineAndNoSqlCipherNoise)
{
    encryptedPractice();
    const std::string before = knotwork::testing::readBytes(m_practice);
    const ProcessResult run = cli({"--passphrase-file", passphraseFile("wrong", "Correct horse battery staple"),
                                   "client", "list"});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(run.err, "knotwork-cli: The passphrase does not open " + m_practice.string()
                           + ". Check it and try again (letters must match in case).\n");
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(knotwork::testing::readBytes(m_practice), before);
}

TEST_F(PassphraseCommands, APassphraseFileOthersCanReadIsUsedWithAWarning)
{
    const std::string shared =
        passphraseFile("shared", kFirst, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    const ProcessResult run = cli({"--passphrase-file", shared, "init"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_THAT(run.err, HasSubstr("other users of this computer can read the passphrase file"));
    EXPECT_THAT(run.err, HasSubstr("chmod 600"));
}

TEST_F(PassphraseCommands, SetChangeAndRemoveFromAScript)
{
    ASSERT_EQ(cli({"init"}).exitCode, 0);
    ASSERT_EQ(cli({"client", "add", "--family-name", "Quennell", "--given-names", "Zoe"}).exitCode, 0);
    const std::string first = passphraseFile("first", kFirst);
    const std::string second = passphraseFile("second", kSecond);

    const ProcessResult set = cli({"passphrase", "set", "--new-passphrase-file", first});
    ASSERT_EQ(set.exitCode, 0) << set.err;
    EXPECT_THAT(set.out, HasSubstr("Forgetting the passphrase loses the practice: no one, not even Knotwork, can open "
                                   "it without it. Write it down and keep it somewhere safe."));
    EXPECT_FALSE(practiceHoldsTheName());
    EXPECT_EQ(cli({"passphrase", "set", "--new-passphrase-file", second, "--passphrase-file", first}).exitCode, 1)
        << "a practice with a passphrase is changed, not set";

    const ProcessResult change =
        cli({"--passphrase-file", first, "passphrase", "change", "--new-passphrase-file", second});
    ASSERT_EQ(change.exitCode, 0) << change.err;
    EXPECT_EQ(cli({"--passphrase-file", first, "client", "list"}).exitCode, 3);

    const ProcessResult remove = cli({"--passphrase-file", second, "passphrase", "remove"});
    ASSERT_EQ(remove.exitCode, 0) << remove.err;
    EXPECT_TRUE(practiceHoldsTheName());
    const ProcessResult list = cli({"client", "list"});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_THAT(list.out, HasSubstr("Quennell, Zoe"));
    EXPECT_EQ(cli({"passphrase", "remove"}).exitCode, 1) << "a plain practice has no passphrase to remove";
}

TEST_F(PassphraseCommands, ATooShortNewPassphraseIsRefusedByName)
{
    const std::string tooShort = passphraseFile("short", "seven77");
    const ProcessResult init = cli({"--passphrase-file", tooShort, "init"});
    EXPECT_EQ(init.exitCode, 1);
    EXPECT_THAT(init.err, HasSubstr("at least 8 characters"));
    EXPECT_FALSE(fs::exists(m_practice)) << "no practice is made with a passphrase too short";

    ASSERT_EQ(cli({"init"}).exitCode, 0);
    const ProcessResult run = cli({"passphrase", "set", "--new-passphrase-file", tooShort});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr("passphrase: The passphrase must be at least 8 characters long."));
    EXPECT_FALSE(knotwork::testing::readBytes(m_practice).empty());
    EXPECT_EQ(cli({"client", "list"}).exitCode, 0) << "still plain";
}

TEST_F(PassphraseCommands, OnATerminalThePassphraseIsAskedWithoutEchoUpToThreeTimes)
{
    encryptedPractice();
    const TerminalRun second =
        runCliOnTerminal(m_dir / "data", m_practice, {"client", "list"}, {"not it at all", kFirst});
    EXPECT_EQ(second.exitCode, 0) << second.shown;
    EXPECT_THAT(second.shown, HasSubstr("Passphrase for " + m_practice.string() + ": "));
    EXPECT_THAT(second.shown, HasSubstr("Wrong passphrase"));
    EXPECT_THAT(second.shown, HasSubstr("Quennell, Zoe"));
    EXPECT_THAT(second.shown, Not(HasSubstr(kFirst))) << "what is typed is not shown";
    EXPECT_THAT(second.shown, Not(HasSubstr("not it at all")));

    const TerminalRun wrong =
        runCliOnTerminal(m_dir / "data", m_practice, {"info"}, {"wrong one", "wrong two", "wrong three", kFirst});
    EXPECT_EQ(wrong.exitCode, 3) << wrong.shown;
    EXPECT_THAT(wrong.shown, HasSubstr("The passphrase does not open"));
}

// A kill at any moment of `passphrase change` leaves the practice with its old passphrase or its
// new one, whole, never half; the next opening clears what the killed command left beside it.
TEST_F(PassphraseCommands, AKilledPassphraseChangeLeavesTheOldPracticeOrTheNewOne)
{
    encryptedPractice();
    const std::string files[2] = {passphraseFile("first", kFirst), passphraseFile("second", kSecond)};
    const std::string passphrases[2] = {kFirst, kSecond};
    int current = 0;
    auto changeArguments = [&] {
        return std::vector<std::string>{"--passphrase-file", files[current], "passphrase", "change",
                                        "--new-passphrase-file", files[1 - current]};
    };
    const auto started = std::chrono::steady_clock::now();
    ASSERT_EQ(cli(changeArguments()).exitCode, 0);
    current = 1;
    const auto whole = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);

    int killed = 0;
    for (int step = 1; step <= 7; ++step) {
        const auto delay = whole * step / 8;
        const ProcessResult run = runCliOnKilledAfter(m_dir / "data", m_practice, changeArguments(), delay);
        killed += run.exitCode == 137;
        int opensWith = -1;
        for (int candidate : {current, 1 - current}) {
            try {
                app::PracticeContext practice(m_practice, db::OpenMode::ExistingOnly, "check", Clock::stoppedOn(Date(2026, 11, 25)),
                                              passphrases[candidate]);
                EXPECT_EQ(practice.clientService().clients().count({}, Date(2026, 11, 25)), 1);
                EXPECT_EQ(practice.database().integrityCheck(), "ok");
                opensWith = candidate;
                break;
            } catch (const PassphraseError&) {
            }
        }
        ASSERT_NE(opensWith, -1) << "opens with neither passphrase after a kill at " << delay.count() << " ms";
        EXPECT_FALSE(fs::exists(fs::path(m_practice) += ".partial")) << delay.count() << " ms";
        EXPECT_FALSE(fs::exists(fs::path(m_practice) += ".partial-wal")) << delay.count() << " ms";
        EXPECT_FALSE(practiceHoldsTheName());
        current = opensWith;
    }
    EXPECT_GT(killed, 0) << "no run was killed part-way";
}

} // namespace
} // namespace knotwork::cli
