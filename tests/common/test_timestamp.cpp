#include <gtest/gtest.h>

#include "common/error.h"
#include "common/timestamp.h"

namespace knotwork {
namespace {

TEST(Timestamp, RoundTripsThroughIso8601Text)
{
    const Timestamp moment = Timestamp::fromIso8601("2026-11-23T08:05:09Z");
    EXPECT_EQ(moment.iso8601(), "2026-11-23T08:05:09Z");
    EXPECT_EQ(moment.compact(), "20261123T080509Z");
    EXPECT_EQ(Timestamp::fromIso8601(moment.iso8601()), moment);
}

TEST(Timestamp, NowIsUtcToTheSecondInTheStoredFormat)
{
    const std::string now = Timestamp::now().iso8601();
    ASSERT_EQ(now.size(), 20u);
    EXPECT_EQ(now.back(), 'Z');
    EXPECT_EQ(now[10], 'T');
    EXPECT_EQ(Timestamp::fromIso8601(now).iso8601(), now);
}

TEST(Timestamp, TextSortsInTimeOrder)
{
    const Timestamp earlier = Timestamp::fromIso8601("2026-01-31T23:59:59Z");
    const Timestamp later = Timestamp::fromIso8601("2026-02-01T00:00:00Z");
    EXPECT_LT(earlier, later);
    EXPECT_LT(earlier.iso8601(), later.iso8601());
}

class MalformedTimestamp : public ::testing::TestWithParam<const char*> {};

TEST_P(MalformedTimestamp, IsRefusedNamingTheField)
{
    try {
        Timestamp::fromIso8601(GetParam(), "signed_at");
        FAIL() << "accepted " << GetParam();
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "signed_at");
        EXPECT_EQ(error.rule(), "iso8601-utc");
        EXPECT_NE(std::string(error.what()).find("signed_at"), std::string::npos);
    }
}

INSTANTIATE_TEST_SUITE_P(Timestamp, MalformedTimestamp,
                         ::testing::Values("", "2026-11-23", "2026-11-23 08:05:09Z",
                                           "2026-11-23T08:05:09", "2026-11-23T08:05:09+01:00",
                                           "2026-02-30T08:00:00Z", "2026-13-01T08:00:00Z",
                                           "2026-11-23T24:00:00Z", "2026-11-23T08:60:00Z",
                                           "2026-1a-23T08:05:09Z"));

} // namespace
} // namespace knotwork
