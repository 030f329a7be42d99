// The record key from the command line: init shows a new plain practice's recovery code once,
// `key code` shows it again, a practice without its key file refuses writes with exit 3 and
// `key restore` takes the code back (a wrong one is refused naming it), `key replace --yes`
// starts key 2. The config folder is the test's own (cli_runner.cpp: beside the data folder).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sstream>

#include "cli_practice_test.h"
#include "integrity/chain_key.h"
#include "support/practice_files.h"
#include "support/record_key_files.h"

namespace knotwork::cli {
namespace {

namespace fs = std::filesystem;

using ::testing::HasSubstr;
using ::testing::Not;
using knotwork::testing::ProcessResult;
using knotwork::testing::sqliteQuery;

class KeyCommands : public CliPracticeTest {
protected:
    // Each test makes its practice itself: what init says is part of what is tested.
    void SetUp() override {}

    fs::path keyFolder() const { return m_dir / "config" / "knotwork" / "record-keys"; }

    std::vector<fs::path> keyFiles() const { return knotwork::testing::recordKeyFilesIn(keyFolder()); }

    void removeKeyFiles()
    {
        for (const fs::path& file : keyFiles())
            fs::remove(file);
    }

    // A file with `code` on its first line.
    std::string codeFile(const std::string& code)
    {
        const fs::path file = m_dir / "code.txt";
        knotwork::testing::writeBytes(file, code + "\n");
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
        return file.string();
    }

    ProcessResult addClient(const std::string& family)
    {
        return cli({"client", "add", "--family-name", family, "--given-names", "Zo\xC3\xAB"});
    }

    // The recovery code init printed: the line of eleven groups of five.
    static std::string codeIn(const std::string& text)
    {
        std::istringstream lines(text);
        for (std::string line; std::getline(lines, line);) {
            line.erase(0, line.find_first_not_of(' '));
            if (line.size() == 65 && std::count(line.begin(), line.end(), '-') == 10)
                return line;
        }
        return {};
    }
};

TEST_F(KeyCommands, InitShowsANewPlainPracticesRecoveryCodeOnceAndKeyCodeShowsItAgain)
{
    const ProcessResult init = cli({"init"});
    ASSERT_EQ(init.exitCode, 0) << init.err;
    const std::string code = codeIn(init.out);
    ASSERT_FALSE(code.empty()) << init.out;
    EXPECT_THAT(init.out, HasSubstr("Write it down"));
    const auto key = integrity::ChainKey::fromRecoveryCode(code);
    ASSERT_TRUE(key);
    EXPECT_EQ(key->fingerprint(), sqliteQuery(m_practice, "SELECT fingerprint FROM record_keys"));
    ASSERT_EQ(keyFiles().size(), 1u);

    const ProcessResult again = cli({"init"});
    EXPECT_EQ(codeIn(again.out), "") << "shown once";
    const ProcessResult shown = cli({"key", "code"});
    EXPECT_EQ(shown.exitCode, 0) << shown.err;
    EXPECT_EQ(codeIn(shown.out), code);
    EXPECT_EQ(cliJson({"key", "code"})["recovery_code"], code);
}

TEST_F(KeyCommands, WithoutItsKeyAPracticeReadsRefusesWritesWithExitThreeAndTakesItsCodeBack)
{
    const std::string code = cliJson({"init"})["recovery_code"];
    ASSERT_EQ(addClient("Quennell").exitCode, 0);
    removeKeyFiles();

    EXPECT_EQ(cli({"client", "list"}).exitCode, 0) << "reads work";
    const ProcessResult refused = addClient("Amadi");
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_THAT(refused.err, HasSubstr("key restore"));
    EXPECT_EQ(sqliteQuery(m_practice, "SELECT COUNT(*) FROM clients"), "1");

    const ProcessResult garbled = cli({"key", "restore", "--code-file", codeFile("ABCDE-12345")});
    EXPECT_EQ(garbled.exitCode, 1);
    EXPECT_THAT(garbled.err, HasSubstr("recovery code"));
    const ProcessResult other =
        cli({"key", "restore", "--code-file", codeFile(integrity::ChainKey::generate().recoveryCode())});
    EXPECT_EQ(other.exitCode, 1);
    EXPECT_THAT(other.err, HasSubstr("not one of the practice"));
    EXPECT_TRUE(keyFiles().empty());
    EXPECT_EQ(cli({"key", "restore"}).exitCode, 1) << "no terminal, no --code-file";

    const ProcessResult restored = cli({"key", "restore", "--code-file", codeFile(code)});
    EXPECT_EQ(restored.exitCode, 0) << restored.err;
    EXPECT_EQ(keyFiles().size(), 1u);
    EXPECT_EQ(addClient("Amadi").exitCode, 0);
    EXPECT_EQ(sqliteQuery(m_practice, "SELECT COUNT(*) FROM clients"), "2");
}

TEST_F(KeyCommands, ReplaceNeedsYesThenStartsKeyTwoAndShowsItsCode)
{
    ASSERT_EQ(cli({"init"}).exitCode, 0);
    removeKeyFiles();
    const ProcessResult unsure = cli({"key", "replace"});
    EXPECT_EQ(unsure.exitCode, 1);
    EXPECT_THAT(unsure.err, HasSubstr("--yes"));
    EXPECT_EQ(sqliteQuery(m_practice, "SELECT COUNT(*) FROM record_keys"), "1");

    const ProcessResult replaced = cli({"key", "replace", "--yes"});
    ASSERT_EQ(replaced.exitCode, 0) << replaced.err;
    EXPECT_THAT(replaced.out, HasSubstr("record key 2"));
    const auto key = integrity::ChainKey::fromRecoveryCode(codeIn(replaced.out));
    ASSERT_TRUE(key);
    EXPECT_EQ(key->fingerprint(), sqliteQuery(m_practice, "SELECT fingerprint FROM record_keys WHERE key_number = 2"));
    EXPECT_EQ(addClient("Amadi").exitCode, 0);
}

TEST_F(KeyCommands, AnEncryptedPracticeNeedsNoKeyFileOrCode)
{
    const fs::path passphrase = m_dir / "passphrase.txt";
    knotwork::testing::writeBytes(passphrase, "correct horse battery staple\n");
    fs::permissions(passphrase, fs::perms::owner_read | fs::perms::owner_write);
    const ProcessResult init = cli({"--passphrase-file", passphrase.string(), "init"});
    ASSERT_EQ(init.exitCode, 0) << init.err;
    EXPECT_EQ(codeIn(init.out), "");
    EXPECT_TRUE(keyFiles().empty());
    const ProcessResult shown = cli({"--passphrase-file", passphrase.string(), "key", "code"});
    EXPECT_EQ(shown.exitCode, 0) << shown.err;
    EXPECT_THAT(shown.out, HasSubstr("passphrase"));
    EXPECT_THAT(shown.out, Not(HasSubstr("Write it down")));
}

} // namespace
} // namespace knotwork::cli
