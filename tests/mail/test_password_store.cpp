// The mail account's password, kept out of the practice file: in the desktop keyring, or without
// one in a file only its owner can read.
#include <gtest/gtest.h>

#include "app/mail/password_store.h"
#include "common/error.h"
#include "support/environment_override.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"
#include "support/umask_override.h"

namespace knotwork::mail {
namespace {

namespace fs = std::filesystem;
using knotwork::testing::EnvironmentOverride;
using knotwork::testing::UmaskOverride;

TEST(PasswordFile, IsTheOwnersAloneWhateverTheUmask)
{
    knotwork::testing::TempDir dir;
    const fs::path file = dir / "config" / "smtp-passwords.json";
    UmaskOverride open(0);
    openFilePasswordStore(file)->store("smtp.example.org", "anna", "s3cret");
    EXPECT_EQ(fs::status(file).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(fs::status(file.parent_path()).permissions() & fs::perms::all, fs::perms::owner_all);
    EXPECT_FALSE(fs::exists(file.string() + ".partial"));
}

TEST(PasswordFile, KeepsEachAccountsPasswordAcrossOpenings)
{
    knotwork::testing::TempDir dir;
    const fs::path file = dir / "smtp-passwords.json";
    {
        auto store = openFilePasswordStore(file);
        EXPECT_EQ(store->password("smtp.example.org", "anna"), std::nullopt);
        store->store("smtp.example.org", "anna", "first");
        store->store("smtp.example.org", "anna", "pässwörd \"quoted\"");
        store->store("smtp.example.org", "bob", "bobs");
        store->store("mail.example.net", "anna", "other");
    }
    auto reopened = openFilePasswordStore(file);
    EXPECT_EQ(reopened->password("smtp.example.org", "anna"), "pässwörd \"quoted\"");
    EXPECT_EQ(reopened->password("smtp.example.org", "bob"), "bobs");
    EXPECT_EQ(reopened->password("mail.example.net", "anna"), "other");

    reopened->forget("smtp.example.org", "anna");
    reopened->forget("nowhere.example.org", "nobody");
    EXPECT_EQ(openFilePasswordStore(file)->password("smtp.example.org", "anna"), std::nullopt);
    EXPECT_EQ(openFilePasswordStore(file)->password("smtp.example.org", "bob"), "bobs");
}

TEST(PasswordFile, ADamagedFileIsSaidAndNotOverwritten)
{
    knotwork::testing::TempDir dir;
    const fs::path file = dir / "smtp-passwords.json";
    knotwork::testing::writeBytes(file, "{not json");
    auto store = openFilePasswordStore(file);
    EXPECT_THROW(store->password("smtp.example.org", "anna"), StorageError);
    EXPECT_THROW(store->store("smtp.example.org", "anna", "x"), StorageError);
    EXPECT_EQ(knotwork::testing::readBytes(file), "{not json");
}

TEST(PasswordStore, WithoutASecretServiceTheFileInTheConfigFolderIsUsed)
{
    knotwork::testing::TempDir dir;
    EnvironmentOverride config("XDG_CONFIG_HOME", (dir / "config").string());
    EnvironmentOverride bus("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + (dir / "no-bus").string());
    EnvironmentOverride display("DISPLAY", std::nullopt);
    auto store = openPasswordStore();
    ASSERT_TRUE(store);
    EXPECT_NE(store->whereKept().find((dir / "config" / "knotwork" / "smtp-passwords.json").string()), std::string::npos)
        << store->whereKept();
    store->store("smtp.example.org", "anna", "s3cret");
    EXPECT_EQ(openFilePasswordStore(defaultPasswordFile())->password("smtp.example.org", "anna"), "s3cret");
}

} // namespace
} // namespace knotwork::mail
