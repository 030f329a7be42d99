// The strict reader of JSON handed in: duplicate keys, invalid UTF-8, numbers no field can hold
// and keys no field list knows are refused naming the key path and the rule.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/json_field_io.h"
#include "common/strict_json.h"

namespace knotwork::strict_json {
namespace {

using ::testing::HasSubstr;
using nlohmann::json;

struct Visit {
    int days = 0;
};

struct Sample {
    int count = 0;
    std::string name;
    Visit last;
    std::vector<Visit> visits;
    std::vector<std::optional<int>> answers;
};

template <typename Io, typename Self>
void sampleFields(Io& io, Self& sample)
{
    io("count", sample.count);
    io("name", sample.name);
    io.object("last", "last.", [&sample](auto& last) { last("days", sample.last.days); });
    io.list("visits", "visits", sample.visits, [](auto& element, auto& visit) { element("days", visit.days); });
    io("answers", sample.answers);
}

void from_json(const json& in, Sample& sample)
{
    json_io::read(in, sample, [](auto& io, auto& s) {
        sampleFields(io, s);
        io.ignore({"id"});
    });
}

// The problem parse or readDocument<Sample> reports for `text`.
FieldProblem problemOf(const std::string& text)
{
    try {
        (void)readDocument<Sample>(text, "sample.json");
    } catch (const ValidationError& error) {
        return error.problems().front();
    }
    ADD_FAILURE() << "accepted: " << text;
    return {};
}

void expectProblem(const std::string& text, const std::string& field, const std::string& rule)
{
    const FieldProblem problem = problemOf(text);
    EXPECT_EQ(problem.field, field) << text << " → " << problem.message;
    EXPECT_EQ(problem.rule, rule) << text << " → " << problem.message;
    EXPECT_THAT(problem.message, HasSubstr(field)) << "the message names where";
}

TEST(StrictJson, ADuplicateKeyIsRefusedWhereverItIs)
{
    expectProblem(R"({"count": 3, "count": 30})", "count", "duplicate");
    expectProblem(R"({"last": {"days": 3, "days": 30}})", "last.days", "duplicate");
    expectProblem(R"({"visits": [{"days": 1}, {"days": 2, "days": 20}]})", "visits[1].days", "duplicate");
    expectProblem(R"({"visits": [[], [1, {"a": 1, "a": 2}]]})", "visits[1][1].a", "duplicate");
    // The same key in sibling objects is two keys, not a duplicate.
    const Sample sample = readDocument<Sample>(R"({"last": {"days": 4}, "visits": [{"days": 1}, {"days": 2}]})", "s");
    EXPECT_EQ(sample.last.days, 4);
    ASSERT_EQ(sample.visits.size(), 2u);
    EXPECT_EQ(sample.visits[1].days, 2);
}

TEST(StrictJson, InvalidUtf8IsRefusedNamingTheField)
{
    expectProblem("{\"name\": \"Zo\xC3\"}", "name", "utf-8");                 // cut short
    expectProblem("{\"name\": \"\xC0\xAF\"}", "name", "utf-8");               // overlong '/'
    expectProblem("{\"name\": \"\xED\xA0\x80\"}", "name", "utf-8");           // a surrogate
    expectProblem("{\"name\": \"\xF4\x90\x80\x80\"}", "name", "utf-8");       // past U+10FFFF
    expectProblem(R"({"name": "\ud800"})", "name", "utf-8");                  // escaped lone surrogate
    EXPECT_EQ(readDocument<Sample>("{\"name\": \"Zoë Łódź 東京 🙂\"}", "s").name, "Zoë Łódź 東京 🙂");
    EXPECT_THAT(problemOf("{\"name\": \"\xFF\"}").message, HasSubstr("UTF-8"));
}

TEST(StrictJson, InvalidUtf8IsFoundAtItsByte)
{
    EXPECT_EQ(invalidUtf8At("plain"), std::string_view::npos);
    EXPECT_EQ(invalidUtf8At("Zoë 東京 🙂"), std::string_view::npos);
    EXPECT_EQ(invalidUtf8At("ab\x80"), 2u);
    EXPECT_EQ(invalidUtf8At("a\xE2\x82"), 1u);
    EXPECT_EQ(invalidUtf8At("\xE0\x80\x80"), 0u);
    EXPECT_EQ(invalidUtf8At("\xF0\x8F\xBF\xBF"), 0u);
}

TEST(StrictJson, ANumberNoFieldCanHoldIsRefused)
{
    expectProblem(R"({"visits": [{"days": 1e999}]})", "visits[0].days", "range");
    expectProblem(R"({"count": -1e400})", "count", "range");
    expectProblem(R"({"count": 100000000000000000000})", "count", "range");
    expectProblem(R"({"count": 4294967296})", "count", "range");
    expectProblem(R"({"count": 2.5})", "count", "type");
    expectProblem(R"({"answers": [1, null, 3000000000]})", "answers[2]", "range");
    expectProblem(R"({"answers": [1, "two"]})", "answers[1]", "type");
}

TEST(StrictJson, AKeyNoFieldKnowsIsRefusedAtEveryLevel)
{
    expectProblem(R"({"cuont": 3})", "cuont", "unknown");
    expectProblem(R"({"last": {"days": 3, "weeks": 1}})", "last.weeks", "unknown");
    expectProblem(R"({"visits": [{"days": 1}, {"day": 2}]})", "visits[1].day", "unknown");
    // A key the type's own output writes is read back and skipped.
    EXPECT_EQ(readDocument<Sample>(R"({"id": 12, "count": 3})", "s").count, 3);
    // So is one the command adds to that output.
    EXPECT_EQ(readDocument<Sample>(R"({"safety": {"status": "clear"}, "count": 3})", "s", {"safety"}).count, 3);
    expectProblem(R"({"last": {"id": 1}})", "last.id", "unknown");
}

TEST(StrictJson, BrokenSyntaxNamesTheDocumentAndWhere)
{
    const FieldProblem problem = problemOf("{\"count\": 3,\n  }");
    EXPECT_EQ(problem.rule, "json");
    EXPECT_THAT(problem.message, HasSubstr("sample.json is not valid JSON at line 2"));
    EXPECT_EQ(problemOf("").rule, "json");
}

TEST(StrictJson, BodiesKnotworkStoredStayReadableWithKeysANewerVersionAdded)
{
    const Sample sample = json::parse(R"({"count": 3, "added_later": true, "last": {"weeks": 2}})").get<Sample>();
    EXPECT_EQ(sample.count, 3);
}

TEST(StrictJson, TheOrderedParseKeepsKeyOrderAndRefusesTheSame)
{
    const nlohmann::ordered_json rows = parseOrdered(R"([{"z": 1, "a": 2}])", "tables/t.json");
    EXPECT_EQ(rows[0].begin().key(), "z");
    try {
        (void)parseOrdered(R"([{"id": 1}, {"id": 2, "id": 3}])", "tables/t.json");
        FAIL();
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "[1].id");
        EXPECT_EQ(error.rule(), "duplicate");
        EXPECT_THAT(error.what(), HasSubstr("tables/t.json"));
    }
}

} // namespace
} // namespace knotwork::strict_json
