#include <gtest/gtest.h>

#include "app/practice/practice_context.h"
#include "app/practice/practice_passphrase.h"
#include "common/error.h"
#include "support/new_client.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::app {
namespace {

namespace fs = std::filesystem;

const Date kToday(2026, 11, 23);
constexpr char kFirst[] = "correct horse battery staple";
constexpr char kSecond[] = "tr\xC3\xA8s longue phrase secr\xC3\xA8te";

using testing::readBytes;

fs::path practiceWithQuennell(const testing::TempDir& dir, const std::string& passphrase = {})
{
    const auto file = dir / "practice.sqlite";
    PracticeContext practice(file, db::OpenMode::CreateIfMissing, "Ana Lima", Clock::stoppedOn(kToday), passphrase);
    practice.clientService().saveIntake(testing::newClient("Quennell", "Zo\xC3\xAB"));
    return file;
}

// The practice opened as the app opens it: its one client, and its last audit action.
std::pair<int, std::string> clientsAndLastAction(const fs::path& file, const std::string& passphrase)
{
    PracticeContext practice(file, db::OpenMode::ExistingOnly, "Ana Lima", Clock::stoppedOn(kToday), passphrase);
    std::string action;
    practice.database().session() << "SELECT entity || ':' || action FROM audit_log ORDER BY id DESC LIMIT 1",
        soci::into(action);
    return {practice.clientService().clients().count({}, kToday), action};
}

void expectNothingLeftBeside(const fs::path& file)
{
    for (const char* suffix : {".partial", ".partial-wal", ".partial-shm", ".partial-journal", "-wal"})
        EXPECT_FALSE(fs::exists(fs::path(file) += suffix)) << suffix;
}

PassphraseError::Reason refusal(const fs::path& file, const std::string& passphrase)
{
    try {
        db::Database::open(file, db::OpenMode::ExistingOnly, passphrase);
    } catch (const PassphraseError& error) {
        return error.reason();
    }
    ADD_FAILURE() << "opened with \"" << passphrase << "\"";
    return PassphraseError::Reason::Needed;
}

TEST(PassphraseChange, SetChangeAndRemoveKeepEveryRecordAndOnlyTheRightPassphraseOpensThePractice)
{
    testing::TempDir dir;
    const auto file = practiceWithQuennell(dir);
    ASSERT_NE(readBytes(file).find("Quennell"), std::string::npos) << "a plain practice shows its names";

    changePassphrase(file, "", kFirst, "Ana Lima");
    EXPECT_EQ(readBytes(file).find("Quennell"), std::string::npos);
    EXPECT_EQ(testing::permissionBits(file), 0600u);
    expectNothingLeftBeside(file);
    EXPECT_EQ(refusal(file, ""), PassphraseError::Reason::Needed);
    EXPECT_EQ(clientsAndLastAction(file, kFirst), std::make_pair(1, std::string("practice:passphrase_set")));

    changePassphrase(file, kFirst, kSecond, "Ana Lima");
    EXPECT_EQ(readBytes(file).find("Quennell"), std::string::npos);
    expectNothingLeftBeside(file);
    EXPECT_EQ(refusal(file, kFirst), PassphraseError::Reason::Wrong);
    EXPECT_EQ(clientsAndLastAction(file, kSecond), std::make_pair(1, std::string("practice:passphrase_changed")));

    changePassphrase(file, kSecond, "", "Ana Lima");
    const std::string plain = readBytes(file);
    EXPECT_NE(plain.find("Quennell"), std::string::npos);
    EXPECT_EQ(plain.find(kFirst), std::string::npos) << "the audit trail never holds a passphrase";
    EXPECT_EQ(plain.find(kSecond), std::string::npos);
    EXPECT_EQ(testing::permissionBits(file), 0600u);
    expectNothingLeftBeside(file);
    EXPECT_EQ(clientsAndLastAction(file, ""), std::make_pair(1, std::string("practice:passphrase_removed")));
    EXPECT_EQ(testing::sqliteQuery(file, "SELECT count(*) FROM schema_version"),
              testing::sqliteQuery(file, "SELECT max(version) FROM schema_version"))
        << "the schema history came along";
}

TEST(PassphraseChange, AWrongCurrentPassphraseIsRefusedAndChangesNothing)
{
    testing::TempDir dir;
    const auto file = practiceWithQuennell(dir, kFirst);
    const std::string before = readBytes(file);

    try {
        changePassphrase(file, "Correct horse battery staple", kSecond, "Ana Lima");
        FAIL() << "changed with a wrong passphrase";
    } catch (const PassphraseError& error) {
        EXPECT_EQ(error.reason(), PassphraseError::Reason::Wrong);
    }
    EXPECT_THROW(changePassphrase(file, "", "", "Ana Lima"), PassphraseError);
    EXPECT_EQ(readBytes(file), before);
    expectNothingLeftBeside(file);
}

TEST(PassphraseChange, APlainPracticeHasNoPassphraseToRemoveAndATooShortOneIsRefused)
{
    testing::TempDir dir;
    const auto file = practiceWithQuennell(dir);
    const std::string before = readBytes(file);
    try {
        changePassphrase(file, "", "", "Ana Lima");
        FAIL() << "removed a passphrase a plain practice does not have";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "passphrase");
    }
    try {
        changePassphrase(file, "", "seven77", "Ana Lima");
        FAIL() << "accepted a seven-character passphrase";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "passphrase");
        EXPECT_EQ(error.rule(), "min_length");
    }
    EXPECT_EQ(readBytes(file), before);
    expectNothingLeftBeside(file);
}

TEST(PassphraseChange, WhatAKilledChangeLeftBesideThePracticeIsCleared)
{
    testing::TempDir dir;
    const auto file = practiceWithQuennell(dir);
    // A kill while the replacement was open for its audit row leaves it with a WAL; a stale WAL
    // must not be applied to the next replacement.
    testing::writeBytes(fs::path(file) += ".partial", "half a practice");
    testing::writeBytes(fs::path(file) += ".partial-wal", "a stale write-ahead log");

    changePassphrase(file, "", kFirst, "Ana Lima");
    expectNothingLeftBeside(file);
    EXPECT_EQ(clientsAndLastAction(file, kFirst).first, 1);
}

TEST(NewPassphrase, NeedsEightCharactersTypedTwiceAlike)
{
    EXPECT_NO_THROW(validateNewPassphrase("12345678", "12345678"));
    // Eight characters in sixteen bytes.
    EXPECT_NO_THROW(validateNewPassphrase("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9",
                                          "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"));
    try {
        validateNewPassphrase("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", "different");
        FAIL() << "seven characters (fourteen bytes) accepted";
    } catch (const ValidationError& error) {
        ASSERT_EQ(error.problems().size(), 2u);
        EXPECT_EQ(error.problems()[0].field, "passphrase");
        EXPECT_EQ(error.problems()[0].rule, "min_length");
        EXPECT_NE(error.problems()[0].message.find('8'), std::string::npos) << error.problems()[0].message;
        EXPECT_EQ(error.problems()[1].field, "repeated");
        EXPECT_EQ(error.problems()[1].rule, "matches");
    }
    try {
        validateNewPassphrase("long enough", "long enougH");
        FAIL() << "a repeat that differs accepted";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "repeated");
        EXPECT_EQ(error.problems().size(), 1u);
    }
}

} // namespace
} // namespace knotwork::app
