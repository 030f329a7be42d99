#include <algorithm>
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "common/error.h"
#include "db/database.h"
#include "db/practice_opener.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using testing::permissionBits;
using testing::readBytes;
using testing::TempDir;

class DatabaseOpen : public ::testing::Test {
protected:
    TempDir m_dir;
};

TEST_F(DatabaseOpen, ANewPracticeIsPrivateToItsOwnerInAPrivateFolder)
{
    const auto file = m_dir / "knotwork" / "practice.sqlite";
    ::umask(022);
    auto database = Database::open(file, OpenMode::CreateIfMissing);
    EXPECT_EQ(permissionBits(file), 0600u);
    EXPECT_EQ(permissionBits(file.parent_path()), 0700u);
}

TEST_F(DatabaseOpen, ConnectionSettingsAreInForce)
{
    auto database = Database::open(m_dir / "p.sqlite", OpenMode::CreateIfMissing);
    auto pragma = [&](const std::string& name) {
        std::string value;
        database->session() << "PRAGMA " + name, soci::into(value);
        return value;
    };
    EXPECT_EQ(pragma("foreign_keys"), "1");
    EXPECT_EQ(pragma("journal_mode"), "wal");
    EXPECT_EQ(pragma("synchronous"), "2");  // FULL
    EXPECT_EQ(pragma("busy_timeout"), "5000");
}

TEST_F(DatabaseOpen, AMissingPracticeIsNotCreatedWhenOnlyAnExistingOneWillDo)
{
    const auto file = m_dir / "missing.sqlite";
    try {
        Database::open(file, OpenMode::ExistingOnly);
        FAIL() << "opened a missing practice";
    } catch (const NotFoundError& error) {
        EXPECT_NE(std::string(error.what()).find(file.string()), std::string::npos);
    }
    EXPECT_FALSE(std::filesystem::exists(file));
}

TEST_F(DatabaseOpen, AFolderIsNotAPracticeFile)
{
    EXPECT_THROW(Database::open(m_dir.path(), OpenMode::CreateIfMissing), PracticeFileError);
}

TEST_F(DatabaseOpen, AFileThatIsNotADatabaseIsRefusedAndLeftAsItWas)
{
    const auto file = m_dir / "letter.sqlite";
    const std::string content(8192, 'x');
    testing::writeBytes(file, content);
    try {
        Database::open(file, OpenMode::ExistingOnly);
        FAIL() << "opened a file that is not a database";
    } catch (const PracticeFileError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find(file.string()), std::string::npos) << message;
        EXPECT_NE(message.find("not a database"), std::string::npos) << message;
        EXPECT_NE(message.find("backup"), std::string::npos) << message;
    }
    EXPECT_EQ(readBytes(file), content);
}

std::vector<std::string> filesIn(const std::filesystem::path& folder)
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

TEST_F(DatabaseOpen, AnotherProgramsDatabaseIsRefusedEvenToCreateAPracticeAndNotTouched)
{
    const auto file = m_dir / "recipes.db";
    testing::writeAnotherProgramsDatabase(file);
    const std::string before = readBytes(file);
    for (const OpenMode mode : {OpenMode::ExistingOnly, OpenMode::CreateIfMissing}) {
        try {
            Database::open(file, mode);
            FAIL() << "opened another program's database";
        } catch (const PracticeFileError& error) {
            EXPECT_NE(std::string(error.what()).find("not a Knotwork practice"), std::string::npos) << error.what();
        }
        EXPECT_TRUE(readBytes(file) == before) << "its journal mode or header was changed";
        EXPECT_EQ(filesIn(m_dir.path()), std::vector<std::string>{"recipes.db"});
    }
}

TEST_F(DatabaseOpen, AnEmptyFileOrDatabaseIsAPracticeOnlyWhenOneIsBeingCreated)
{
    const auto file = m_dir / "empty.sqlite";
    testing::writeBytes(file, "");
    EXPECT_THROW(Database::open(file, OpenMode::ExistingOnly), PracticeFileError);
    EXPECT_EQ(std::filesystem::file_size(file), 0u) << "a header was written into an empty file";

    const auto emptyDatabase = m_dir / "empty.db";
    testing::writeBytes(emptyDatabase, "");
    testing::sqliteQuery(emptyDatabase, "CREATE TABLE t (x); DROP TABLE t; VACUUM");
    const std::string before = readBytes(emptyDatabase);
    EXPECT_THROW(Database::open(emptyDatabase, OpenMode::ExistingOnly), PracticeFileError);
    EXPECT_TRUE(readBytes(emptyDatabase) == before);

    EXPECT_NO_THROW(openPractice(file, OpenMode::CreateIfMissing, "test"));
    EXPECT_NO_THROW(openPractice(emptyDatabase, OpenMode::CreateIfMissing, "test"));
    EXPECT_NO_THROW(Database::open(file, OpenMode::ExistingOnly));
}

TEST_F(DatabaseOpen, ADamagedPageIsFoundBeforeThePracticeIsUsedAndNothingIsWritten)
{
    const auto file = m_dir / "damaged.sqlite";
    {
        auto opened = openPractice(file, OpenMode::CreateIfMissing, "test");
        auto& session = opened.database->session();
        session << "CREATE TABLE filler (id INTEGER PRIMARY KEY, text VARCHAR(200))";
        for (int i = 0; i < 2000; ++i)
            session << "INSERT INTO filler (text) VALUES ('" + std::string(150, 'a' + i % 26) + "')";
    }
    std::string bytes = readBytes(file);
    ASSERT_GT(bytes.size(), 40u * 4096);
    for (std::size_t i = 20 * 4096; i < 20 * 4096 + 600; ++i)
        bytes[i] = static_cast<char>(0xA5);  // scribble over the middle of page 21
    testing::writeBytes(file, bytes);

    EXPECT_THROW(Database::open(file, OpenMode::ExistingOnly), PracticeFileError);
    EXPECT_EQ(readBytes(file), bytes);
}

TEST_F(DatabaseOpen, PathsWithSpacesQuotesAndAccentsWork)
{
    const auto file = m_dir / "Zoë's \"weekend\" practice.sqlite";
    auto opened = openPractice(file, OpenMode::CreateIfMissing, "test");
    EXPECT_EQ(opened.database->path(), file);
    EXPECT_TRUE(std::filesystem::exists(file));
    // SOCI must not have cut the name at a space or quote and opened some other file.
    for (const auto& entry : std::filesystem::directory_iterator(m_dir.path()))
        EXPECT_TRUE(entry.path().filename().string().starts_with(file.filename().string()))
            << entry.path();
}

} // namespace
} // namespace knotwork::db
