#include <gtest/gtest.h>

#include "app/practice/practice_context.h"
#include "common/error.h"
#include "support/new_client.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

constexpr char kPassphrase[] = "correct horse battery staple";

// A practice with one client whose name must never show in the file's bytes.
std::filesystem::path encryptedPracticeWithQuennell(const testing::TempDir& dir)
{
    const auto file = dir / "practice.sqlite";
    app::PracticeContext practice(file, OpenMode::CreateIfMissing, "Ana Lima",
                                  Clock::stoppedOn(Date(2026, 11, 23)), kPassphrase);
    practice.clientService().saveIntake(testing::newClient("Quennell", "Zoë"));
    return file;
}

TEST(Encryption, APracticeWithAPassphraseHoldsNoClientNameInItsBytes)
{
    testing::TempDir dir;
    const auto file = encryptedPracticeWithQuennell(dir);
    EXPECT_EQ(testing::readBytes(file).find("Quennell"), std::string::npos);
    EXPECT_EQ(testing::permissionBits(file), 0600u);
}

TEST(Encryption, OpensOnlyWithItsPassphrase)
{
    testing::TempDir dir;
    const auto file = encryptedPracticeWithQuennell(dir);
    const std::string before = testing::readBytes(file);

    try {
        Database::open(file, OpenMode::ExistingOnly);
        FAIL() << "opened without a passphrase";
    } catch (const PassphraseError& error) {
        EXPECT_EQ(error.reason(), PassphraseError::Reason::Needed);
    }
    try {
        Database::open(file, OpenMode::ExistingOnly, "Correct horse battery staple");
        FAIL() << "opened with a wrong passphrase";
    } catch (const PassphraseError& error) {
        EXPECT_EQ(error.reason(), PassphraseError::Reason::Wrong);
    }
    EXPECT_EQ(testing::readBytes(file), before);

    app::PracticeContext practice(file, OpenMode::ExistingOnly, "Ana Lima", Clock::stoppedOn(Date(2026, 11, 23)),
                                  kPassphrase);
    EXPECT_TRUE(practice.database().encrypted());
    EXPECT_EQ(practice.clientService().clients().count({}, Date(2026, 11, 23)), 1);
}

TEST(Encryption, APlainPracticeStillOpensWhateverPassphraseIsGiven)
{
    testing::TempDir dir;
    const auto file = dir / "plain.sqlite";
    openPractice(file, OpenMode::CreateIfMissing, "Ana Lima");
    auto database = Database::open(file, OpenMode::ExistingOnly, kPassphrase);
    EXPECT_FALSE(database->encrypted());
}

TEST(Encryption, ABackupOfAnEncryptedPracticeIsEncryptedWithTheSamePassphrase)
{
    testing::TempDir dir;
    const auto file = encryptedPracticeWithQuennell(dir);
    const auto copy = dir / "copy.sqlite";
    Database::open(file, OpenMode::ExistingOnly, kPassphrase)->backupTo(copy);

    EXPECT_EQ(testing::readBytes(copy).find("Quennell"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(dir / "copy.sqlite-wal")) << "a copy stands alone";
    EXPECT_FALSE(std::filesystem::exists(dir / "copy.sqlite.partial"));
    EXPECT_THROW(Database::open(copy, OpenMode::ExistingOnly), PassphraseError);
    auto reopened = Database::open(copy, OpenMode::ExistingOnly, kPassphrase);
    EXPECT_EQ(reopened->integrityCheck(), "ok");
}

} // namespace
} // namespace knotwork::db
