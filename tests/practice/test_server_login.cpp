// What a person types to reach a clinic server, turned into the address libpq connects with and
// back, and what Knotwork remembers of it without the password.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/practice/practice_location.h"
#include "app/practice/server_login.h"
#include "common/error.h"

namespace knotwork::app {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

ServerLogin login(std::string host, std::string database, std::string user, int port = ServerLogin::kDefaultPort,
                  std::map<std::string, std::string> options = {})
{
    ServerLogin typed;
    typed.host = std::move(host);
    typed.port = port;
    typed.database = std::move(database);
    typed.user = std::move(user);
    typed.options = std::move(options);
    return typed;
}

TEST(ServerLogin, TheAddressCarriesEveryFieldAndAPasswordOfAnyCharactersAndComesBackTheSame)
{
    const ServerLogin typed = login("office-pc", "knotwork", "maya", 5433, {{"sslmode", "verify-full"}});
    const db::ServerAddress address = typed.address("p@ss:w/rd é&?");
    EXPECT_EQ(address.display(), "postgresql://maya@office-pc:5433/knotwork");
    EXPECT_EQ(ServerLogin::passwordOf(address), "p@ss:w/rd é&?");
    const ServerLogin back = ServerLogin::of(address);
    EXPECT_EQ(back.host, "office-pc");
    EXPECT_EQ(back.port, 5433);
    EXPECT_EQ(back.database, "knotwork");
    EXPECT_EQ(back.user, "maya");
    EXPECT_EQ(back.options, (std::map<std::string, std::string>{{"sslmode", "verify-full"}}));
    EXPECT_EQ(back.passwordHost(), "office-pc:5433");
    EXPECT_EQ(back.shortName(), "knotwork on office-pc");
}

TEST(ServerLogin, ASocketFolderIsAHostToo)
{
    const ServerLogin typed = login("/run/postgresql", "knotwork", "maya");
    const db::ServerAddress address = typed.address("");
    EXPECT_THAT(address.uri(), Not(HasSubstr("maya:")));
    EXPECT_EQ(ServerLogin::of(address).host, "/run/postgresql");
    EXPECT_EQ(ServerLogin::of(address).port, 5432);
    EXPECT_EQ(PracticeLocation(address).name(), "knotwork on /run/postgresql");
}

TEST(ServerLogin, EveryEmptyFieldAndAPortOutOfRangeIsNamed)
{
    try {
        login("", "", "", 70000).check();
        FAIL() << "an empty login passed";
    } catch (const ValidationError& error) {
        std::vector<std::string> fields;
        for (const FieldProblem& problem : error.problems())
            fields.push_back(problem.field);
        EXPECT_EQ(fields, (std::vector<std::string>{"host", "port", "database", "user"}));
    }
    EXPECT_NO_THROW(login("h", "d", "u").check());
}

TEST(PracticeLocation, DbTextIsAServerWhenItIsAnAddressAndAFileOtherwise)
{
    const PracticeLocation server = PracticeLocation::parse("postgresql://maya@office-pc/knotwork");
    ASSERT_TRUE(server.onServer());
    EXPECT_EQ(server.display(), "postgresql://maya@office-pc/knotwork");
    EXPECT_EQ(server.stem(), "knotwork");
    const PracticeLocation file = PracticeLocation::parse("/home/maya/practice.sqlite");
    EXPECT_FALSE(file.onServer());
    EXPECT_EQ(file.file(), "/home/maya/practice.sqlite");
    EXPECT_EQ(file.name(), "practice.sqlite");
    EXPECT_EQ(file.stem(), "practice");
    EXPECT_THROW(PracticeLocation::parse("postgresql://office-pc"), ValidationError) << "no database";
}

} // namespace
} // namespace knotwork::app
