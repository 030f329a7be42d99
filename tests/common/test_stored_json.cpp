// Reading what Knotwork stored through simdjson (stored_json.h) gives what the nlohmann reader
// gives, for every kind of field: the same value for a body it takes, and for any other body the
// very refusal a damaged record has always shown.
#include <gtest/gtest.h>

#include "common/choice_table.h"
#include "common/json_field_io.h"
#include "common/stored_json.h"
#include "support/read_outcome.h"

namespace knotwork {
namespace stored_json_test {

enum class Side { Left, Right };

constexpr Choice<Side> kSides[] = {{Side::Left, "left", "Left"}, {Side::Right, "right", "Right"}};

} // namespace stored_json_test

using stored_json_test::Side;
KNOTWORK_CHOICES(Side, stored_json_test::kSides)

namespace {

using nlohmann::json;

struct Finding {
    Side side = Side::Left;
    int tenderness = 0;
};

// A field of every kind a field list can hold.
struct Body {
    std::string text = "default";
    bool flag = false;
    int count = 7;
    long long id = 0;
    double hours = 0;
    float ratio = 0;
    Date day;
    Timestamp at = Timestamp::fromIso8601("2000-01-01T00:00:00Z");
    TimeOfDay time;
    Side side = Side::Left;
    std::set<std::string> words;
    std::set<Side> sides;
    std::map<Side, bool> answers;
    std::vector<std::optional<int>> scores;
    std::optional<int> maybe;
    std::optional<Side> maybeSide;
    Finding nested;
    std::vector<Finding> findings;
};

template <typename Io, typename Self>
void findingFields(Io& io, Self& finding)
{
    io("side", finding.side);
    io("tenderness", finding.tenderness);
}

constexpr auto kBodyFields = [](auto& io, auto& body) {
    io("text", body.text);
    io("flag", body.flag);
    io("count", body.count);
    io("id", body.id);
    io("hours", body.hours);
    io("ratio", body.ratio);
    io("day", body.day);
    io("at", body.at);
    io("time", body.time);
    io("side", body.side);
    io("words", body.words);
    io("sides", body.sides);
    io("answers", body.answers);
    io("scores", body.scores);
    io("maybe", body.maybe);
    io("maybe_side", body.maybeSide);
    io.object("nested", "nested.", [&body](auto& nested) { findingFields(nested, body.nested); });
    io.list("findings", "findings", body.findings, [](auto& element, auto& finding) { findingFields(element, finding); });
};

json written(const Body& body)
{
    json out;
    json_io::write(out, body, kBodyFields);
    return out;
}

std::string throughNlohmann(const std::string& text)
{
    return testing::readOutcome<Body>([&](Body& body) { json_io::read(json::parse(text), body, kBodyFields); },
                                      written);
}

std::string throughReadStored(const std::string& text)
{
    return testing::readOutcome<Body>([&](Body& body) { json_io::readStored(text, body, kBodyFields); }, written);
}

// Whether StoredReader itself takes the text, so a fast read is really fast.
bool storedReaderTakes(const std::string& text)
{
    const auto document = json_io::parseStored(text);
    if (!document)
        return false;
    Body body;
    try {
        const json_io::StoredReader reader(*document);
        kBodyFields(reader, body);
        return true;
    } catch (const json_io::StoredReader::Refused&) {
        return false;
    } catch (const Error&) {
        return false;
    }
}

const std::string kWhole =
    R"({"text": "Zoë \"Łukasiewicz\" \u00e9\n", "flag": true, "count": -3, "id": 9007199254740993,
        "hours": 2.5, "ratio": 0.25, "day": "2026-11-23", "at": "2026-11-23T14:05:00Z",
        "time": "10:30", "side": "right", "words": ["b", "a", "b"], "sides": ["right", "left"],
        "answers": {"left": "yes", "right": "no"}, "scores": [3, null, 0, -1], "maybe": 4,
        "maybe_side": "left", "nested": {"side": "right", "tenderness": 2},
        "findings": [{"side": "left", "tenderness": 1}, {}, {"tenderness": 3}], "unknown": [1, {"x": 2}]})";

TEST(StoredJson, ABodyOfEveryKindOfFieldReadsAsTheNlohmannReaderReadsIt)
{
    EXPECT_TRUE(storedReaderTakes(kWhole));
    EXPECT_EQ(throughReadStored(kWhole), throughNlohmann(kWhole));
    EXPECT_NE(throughReadStored(kWhole), throughReadStored("{}")) << "the values were read, not left as they were";
}

TEST(StoredJson, WhatABodyLeavesOutOrNullsKeepsItsDefault)
{
    for (const std::string text : {R"({})", R"({"text": null, "count": null, "nested": null, "findings": null})",
                                   R"({"answers": {"left": null}, "scores": []})"}) {
        EXPECT_TRUE(storedReaderTakes(text)) << text;
        EXPECT_EQ(throughReadStored(text), throughNlohmann(text)) << text;
    }
}

TEST(StoredJson, EarlierFormsAndEdgesOfNumbersReadAlike)
{
    for (const std::string text : {
             R"({"answers": ["left", "right"]})",              // answers as the list of yes
             R"({"count": 2147483647, "id": -9223372036854775808})",
             R"({"count": -0, "hours": -0.0, "ratio": 1e-300})",
             R"({"hours": 1, "ratio": 3})",                    // whole numbers where a fraction may be
             R"({"count": 1, "count": 5, "nested": {"side": "left"}, "nested": {"tenderness": 4}})",  // the last repeat
             R"({"text": "a\u0000b"})",
         }) {
        EXPECT_TRUE(storedReaderTakes(text)) << text;
        EXPECT_EQ(throughReadStored(text), throughNlohmann(text)) << text;
    }
}

TEST(StoredJson, ADamagedBodyIsRefusedWithTheMessageItAlwaysHad)
{
    for (const std::string text : {
             R"([1, 2])", R"("text")", R"({"text": 3})", R"({"flag": "yes"})", R"({"count": 2.0})",
             R"({"count": 2147483648})", R"({"id": 18446744073709551615})", R"({"id": 1e30})",
             R"({"ratio": 1e39})", R"({"day": "2026-02-30"})", R"({"day": 20261123})",
             R"({"at": "yesterday"})", R"({"time": "25:00"})", R"({"side": "middle"})", R"({"side": 1})",
             R"({"words": "a"})", R"({"words": [1]})", R"({"sides": ["up"]})", R"({"answers": {"up": "yes"}})",
             R"({"answers": {"left": true}})", R"({"answers": "yes"})",
             R"({"scores": [1.5]})", R"({"scores": {}})", R"({"maybe": "4"})", R"({"nested": []})",
             R"({"nested": {"tenderness": "2"}})", R"({"findings": [1]})", R"({"findings": {}})",
             R"({"findings": [{"side": "up"}]})",
         }) {
        EXPECT_FALSE(storedReaderTakes(text)) << text;
        const std::string refused = throughReadStored(text);
        EXPECT_EQ(refused.rfind("refused ", 0), 0u) << text << " → " << refused;
        EXPECT_EQ(refused, throughNlohmann(text)) << text;
    }
}

TEST(StoredJson, RepeatedAnswersAreLeftToTheNlohmannReaderWhichKeepsTheLast)
{
    const std::string text = R"({"answers": {"left": "yes", "left": null}})";
    EXPECT_FALSE(storedReaderTakes(text));
    EXPECT_EQ(throughReadStored(text), throughNlohmann(text));
    EXPECT_EQ(throughReadStored(text), throughReadStored("{}")) << "the last answer, null, leaves it unanswered";
}

TEST(StoredJson, TextThatIsNotJsonFailsAsTheNlohmannParserFails)
{
    for (const std::string text : {"", "{", R"({"text": "a"} x)", "\xEF\xBB\xBF{}", R"({"text": "\xff"})",
                                   R"({"count": 1e400})", R"({"count": 123456789012345678901234567890})"}) {
        EXPECT_EQ(throughReadStored(text), throughNlohmann(text)) << text;
    }
}

TEST(StoredJson, UnderStrictKeysTheNlohmannReaderRefusesAKeyItDoesNotKnow)
{
    const json_io::StrictKeys strict;
    EXPECT_EQ(throughReadStored(R"({"unknown": 1})"), throughNlohmann(R"({"unknown": 1})"));
    EXPECT_EQ(throughReadStored(R"({"unknown": 1})").rfind("refused unknown|unknown|", 0), 0u);
}

} // namespace
} // namespace knotwork
