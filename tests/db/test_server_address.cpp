#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/error.h"
#include "db/server_address.h"

namespace knotwork::db {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(ServerAddress, IsShownAsPeopleReadItWithoutItsPassword)
{
    const ServerAddress address = ServerAddress::parse("postgresql://maya:s3cret@clinic-server.lan:5433/knotwork?sslmode=verify-full");
    EXPECT_EQ(address.display(), "postgresql://maya@clinic-server.lan:5433/knotwork");
    EXPECT_EQ(address.user(), "maya");
    EXPECT_EQ(address.database(), "knotwork");
    EXPECT_EQ(address.uri(), "postgresql://maya:s3cret@clinic-server.lan:5433/knotwork?sslmode=verify-full");

    const ServerAddress onThisMachine = ServerAddress::parse("postgres://maya@/knotwork?host=/run/postgresql&port=5433");
    EXPECT_EQ(onThisMachine.display(), "postgresql://maya@/knotwork?host=/run/postgresql&port=5433");
}

TEST(ServerAddress, OnlyAPostgresqlAddressIsAServer)
{
    EXPECT_TRUE(ServerAddress::looksLikeServer("postgresql://clinic/knotwork"));
    EXPECT_TRUE(ServerAddress::looksLikeServer("postgres://clinic/knotwork"));
    EXPECT_FALSE(ServerAddress::looksLikeServer("/home/maya/practice.sqlite"));
    EXPECT_FALSE(ServerAddress::looksLikeServer("postgresql.sqlite"));
    EXPECT_FALSE(ServerAddress::looksLikeServer(""));
}

TEST(ServerAddress, AnAddressLibpqCannotReadOrWithoutADatabaseIsRefusedNamingTheFieldNeverThePassword)
{
    for (const char* wrong : {"postgresql://maya:s3cret@clinic-server", "postgresql://maya:s3cret@clinic-server/db?nonsense=1",
                              "postgresql://maya:s3cret@[clinic/knotwork", "mysql://maya:s3cret@clinic/knotwork"}) {
        try {
            ServerAddress::parse(wrong);
            FAIL() << wrong << " was taken";
        } catch (const ValidationError& error) {
            EXPECT_EQ(error.field(), "server") << wrong;
            EXPECT_EQ(error.rule(), "not-a-server-address") << wrong;
            EXPECT_THAT(error.what(), Not(HasSubstr("s3cret"))) << wrong;
        }
    }
}

} // namespace
} // namespace knotwork::db
