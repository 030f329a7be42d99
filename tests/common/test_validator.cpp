#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/validator.h"

namespace knotwork {
namespace {

const Date kToday(2026, 11, 23);

std::vector<std::string> rulesOf(const Validator& validator)
{
    std::vector<std::string> rules;
    for (const FieldProblem& problem : validator.problems())
        rules.push_back(problem.field + ": " + problem.rule);
    return rules;
}

std::vector<std::string> singleLineRules(const std::string& text)
{
    Validator validator;
    validator.singleLine(text, 200, "family_name", "Family name");
    return rulesOf(validator);
}

std::vector<std::string> multiLineRules(const std::string& text)
{
    Validator validator;
    validator.multiLine(text, 200, "notes", "Notes");
    return rulesOf(validator);
}

TEST(TextRule, OrdinaryTextInAnyScriptIsAccepted)
{
    for (const char* text : {"", "Nguyễn", "O'Brien-Smith", "Zoë 😀", "李", "'); DROP TABLE clients;--", "a\tb"}) {
        EXPECT_THAT(singleLineRules(text), ::testing::IsEmpty()) << text;
        EXPECT_THAT(multiLineRules(text), ::testing::IsEmpty()) << text;
    }
}

TEST(TextRule, ANewlineIsAcceptedOnlyInAFieldOfSeveralLines)
{
    EXPECT_THAT(multiLineRules("12 Elm St\nToronto"), ::testing::IsEmpty());
    EXPECT_THAT(singleLineRules("Lima\nSmith"), ::testing::ElementsAre("family_name: single-line"));
}

TEST(TextRule, ControlCharactersAreRefusedNamingTheCharacter)
{
    for (const std::string& text : {std::string("Lima\x1b[2J"), std::string("a\rb"), std::string("nul\0here", 8),
                                   std::string("bell\x07"), std::string("del\x7f"), std::string("csi\xc2\x9b""31m")}) {
        EXPECT_THAT(singleLineRules(text), ::testing::ElementsAre("family_name: control-character")) << text;
        EXPECT_THAT(multiLineRules(text), ::testing::ElementsAre("notes: control-character")) << text;
    }
    Validator validator;
    validator.singleLine("Lima\x1b[2J", 200, "family_name", "Family name");
    EXPECT_THAT(validator.problems().front().message, ::testing::HasSubstr("Family name"));
    EXPECT_THAT(validator.problems().front().message, ::testing::HasSubstr("U+001B"));
}

TEST(TextRule, BytesThatAreNotUtf8AreRefused)
{
    for (const std::string& text : {std::string("Lima\xff"), std::string("\xc3"), std::string("\xc0\xaf"),
                                   std::string("\xed\xa0\x80"), std::string("\xf4\x90\x80\x80"), std::string("\x80")})
        EXPECT_THAT(multiLineRules(text), ::testing::ElementsAre("notes: invalid-utf8"));
}

TEST(TextRule, TheLengthIsStillCheckedInCharacters)
{
    EXPECT_THAT(singleLineRules(std::string(200, 'a')), ::testing::IsEmpty());
    EXPECT_THAT(singleLineRules(std::string(201, 'a')), ::testing::ElementsAre("family_name: max-length"));
}

TEST(TextRule, AnEmailCannotHideAControlCharacter)
{
    Validator validator;
    validator.email("an@example.com\x1b]0;x\x07", "email", "Email");
    EXPECT_THAT(rulesOf(validator), ::testing::ElementsAre("email: email"));
}

TEST(PlausibleDates, APastDateIsRefusedBefore1900AndAfterToday)
{
    Validator validator;
    validator.notAfter(Date(1900, 1, 1), kToday, "date_of_birth", "Date of birth");
    validator.notAfter(kToday, kToday, "taken_on", "Date");
    EXPECT_TRUE(validator.ok());
    validator.notAfter(Date(1899, 12, 31), kToday, "date_of_birth", "Date of birth");
    validator.notAfter(kToday + boost::gregorian::days(1), kToday, "taken_on", "Date");
    EXPECT_THAT(rulesOf(validator), ::testing::ElementsAre("date_of_birth: date-range", "taken_on: not-in-future"));
    EXPECT_THAT(validator.problems().front().message, ::testing::HasSubstr("1899-12-31"));
}

TEST(PlausibleDates, APlannedDateMayLieAheadButNotYearsAhead)
{
    Validator validator;
    validator.plausibleDate(latestPlannedDate(kToday), latestPlannedDate(kToday), "review_date", "Review date");
    validator.plausibleDate(std::nullopt, latestPlannedDate(kToday), "review_date", "Review date");
    EXPECT_TRUE(validator.ok());
    EXPECT_EQ(latestPlannedDate(kToday), Date(2028, 11, 23));
    validator.plausibleDate(Date(2028, 11, 24), latestPlannedDate(kToday), "review_date", "Review date");
    validator.plausibleDate(Date(1400, 1, 1), latestPlannedDate(kToday), "start_date", "Start date");
    EXPECT_THAT(rulesOf(validator), ::testing::ElementsAre("review_date: date-range", "start_date: date-range"));
    EXPECT_THAT(validator.problems().front().message, ::testing::HasSubstr("Review date"));
}

} // namespace
} // namespace knotwork
