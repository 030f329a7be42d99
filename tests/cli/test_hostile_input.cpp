// Hostile and broken input through knotwork-cli, as someone trying to break it would type it:
// empty, huge, control characters, bytes that are not UTF-8, SQL fragments, impossible dates,
// numbers out of range or not numbers at all. Each is refused with a message naming the field
// and the rule, the practice exactly as it was; or it is stored and read back byte for byte.
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_practice_test.h"
#include "cli_refusal.h"
#include "support/practice_files.h"
#include "sessions/session_json.h"
#include "support/sample_note.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using knotwork::testing::ProcessResult;
using knotwork::testing::writeBytes;
using nlohmann::json;

const std::string kHundredKb(100 * 1024, 'a');
const std::string kEscape = "Lima\x1b]0;owned\x07\x1b[2J";
const std::string kNotUtf8 = "Lima\xff\xfe";
const std::string kSql = "'); DROP TABLE clients;--";

class HostileInput : public CliPracticeTest {
protected:
    void SetUp() override
    {
        CliPracticeTest::SetUp();
        m_provider = std::to_string(cliJson({"provider", "add", "--name", "Dr Amara Okafor", "--role", "physician"})["id"].get<long long>());
        m_client = std::to_string(addTreatedClient({"--family-name", "Martin", "--given-names", "Zoë",
                                                    "--diagnosis", "tension_type:" + m_provider}));
        cliJson({"client", "consent", m_client, "--share-with", m_provider, "--date", "2026-09-07"});
        const auto note = m_dir / "signed.json";
        writeBytes(note, json(knotwork::testing::sampleNote(0, Date(2026, 11, 2))).dump());
        m_note = std::to_string(cliJson({"session", "add", "--client", m_client, "--from", note.string(), "--sign"})["id"].get<long long>());
    }

    std::string file(const std::string& name, const std::string& content)
    {
        const auto path = m_dir / name;
        writeBytes(path, content);
        return path.string();
    }

    // A note of 2026-11-20 with `change` made to its JSON, in a file.
    std::string noteFile(const std::function<void(json&)>& change)
    {
        json note = knotwork::testing::sampleNote(0, Date(2026, 11, 20));
        change(note);
        return file("note-" + std::to_string(++m_files) + ".json", note.dump());
    }

    std::vector<std::string> filled(std::vector<std::string> arguments) const
    {
        for (std::string& argument : arguments) {
            if (argument == "{client}")
                argument = m_client;
            else if (argument == "{provider}")
                argument = m_provider;
            else if (argument == "{note}")
                argument = m_note;
            else if (argument == "{pdf}")
                argument = (m_dir / "report.pdf").string();
        }
        return arguments;
    }

    void expectRefused(const Refusal& row)
    {
        SCOPED_TRACE(row.name);
        expectRefusedUnchanged([this](std::vector<std::string> arguments) { return cli(std::move(arguments)); },
                               m_practice, row, filled(row.arguments));
        EXPECT_FALSE(std::filesystem::exists(m_dir / "report.pdf"));
    }

    std::string m_provider, m_client, m_note;
    int m_files = 0;
};

TEST_F(HostileInput, EachBadValueIsRefusedNamingTheFieldAndTheRuleAndNothingStoredChanges)
{
    const std::string hugeIntake =
        file("huge-intake.json", json{{"client", {{"family_name", "Lima"}, {"given_names", "Ana"}, {"notes", std::string(10 << 20, 'n')}}}}.dump());
    const std::string hugeAddendum = file("huge-addendum.txt", std::string(10 << 20, 'x'));
    const std::vector<Refusal> table{
        {"empty family name", {"client", "add", "--family-name", "", "--given-names", "Ana"}, "family_name", "is required"},
        {"blank provider name", {"provider", "add", "--name", "   "}, "name", "is required"},
        {"100 KB of notes", {"client", "add", "--family-name", "Lima", "--given-names", "Ana", "--notes", kHundredKb}, "notes", "too long"},
        {"100 KB address", {"provider", "add", "--name", "Dr Lima", "--address", kHundredKb}, "address", "too long"},
        {"10 MB of notes from JSON", {"client", "add", "--from", hugeIntake}, "notes", "too long"},
        {"10 MB addendum", {"session", "addendum", "{note}", "--from-file", hugeAddendum}, "addendum", "too long"},
        {"escape sequence in a name", {"client", "add", "--family-name", kEscape, "--given-names", "Ana"}, "family_name", "U+001B"},
        {"bell in notes", {"client", "add", "--family-name", "Lima", "--given-names", "Ana", "--notes", "ring\x07"}, "notes", "U+0007"},
        {"C1 control in a clinic", {"provider", "add", "--name", "Dr Lima", "--clinic", "a\xc2\x9b""31m"}, "clinic", "U+009B"},
        {"newline in a single-line name", {"client", "add", "--family-name", "Lima\nSmith", "--given-names", "Ana"}, "family_name", "one line"},
        {"carriage return in an addendum", {"session", "addendum", "{note}", "--text", "fixed\rforged"}, "addendum", "U+000D"},
        {"not UTF-8 in a name", {"client", "add", "--family-name", kNotUtf8, "--given-names", "Ana"}, "family_name", "UTF-8"},
        {"not UTF-8 in a setting", {"settings", "set", "practice_name", kNotUtf8}, "practice_name", "UTF-8"},
        {"escape in a setting", {"settings", "set", "therapist_name", kEscape}, "therapist_name", "U+001B"},
        {"escape in an email", {"provider", "add", "--name", "Dr Lima", "--email", "a@b.ca\x1b[2J"}, "email", "email address"},
        {"30 February", {"client", "add", "--family-name", "Lima", "--given-names", "Ana", "--dob", "2026-02-30"}, "--dob", "real date"},
        {"day zero", {"client", "add", "--family-name", "Lima", "--given-names", "Ana", "--dob", "0000-00-00"}, "--dob", "real date"},
        {"born before 1900", {"client", "add", "--family-name", "Lima", "--given-names", "Ana", "--dob", "1899-12-31"}, "date_of_birth", "1900-01-01"},
        {"born tomorrow", {"client", "add", "--family-name", "Lima", "--given-names", "Ana", "--dob", "2026-11-26"}, "date_of_birth", "cannot be after"},
        {"measure before 1900", {"measure", "add", "--client", "{client}", "--kind", "nprs", "--total", "4", "--date", "1850-06-01"}, "taken_on", "1900-01-01"},
        {"measure in the far future", {"measure", "add", "--client", "{client}", "--kind", "nprs", "--total", "4", "--date", "9999-12-31"}, "taken_on", "cannot be after"},
        {"plan starting in 2040", {"plan", "add", "--client", "{client}", "--start", "2040-01-01"}, "start_date", "2027-11-25"},
        {"plan on an impossible day", {"plan", "add", "--client", "{client}", "--start", "2026-13-01"}, "--start", "real date"},
        {"visit before 1900", {"session", "add", "--client", "{client}", "--from", noteFile([](json& n) { n["visit_date"] = "1899-06-01"; })}, "visit_date", "1900-01-01"},
        {"visit next year", {"session", "add", "--client", "{client}", "--from", noteFile([](json& n) { n["visit_date"] = "2027-06-01"; })}, "visit_date", "future"},
        {"escape in a note", {"session", "add", "--client", "{client}", "--from", noteFile([](json& n) { n["subjective"]["notes"] = kEscape; })}, "subjective.notes", "U+001B"},
        {"NPRS of 11", {"measure", "add", "--client", "{client}", "--kind", "nprs", "--total", "11"}, "total", "0"},
        {"NPRS not a number", {"measure", "add", "--client", "{client}", "--kind", "nprs", "--total", "four"}, "--total", "Could not convert"},
        {"NPRS NaN", {"measure", "add", "--client", "{client}", "--kind", "nprs", "--total", "NaN"}, "--total", "Could not convert"},
        {"NPRS 1e999", {"measure", "add", "--client", "{client}", "--kind", "nprs", "--total", "1e999"}, "--total", "Could not convert"},
        {"backups kept beyond any int", {"settings", "set", "keep_daily_backups", "99999999999999999999"}, "keep_daily_backups", "whole number"},
        {"backups kept out of range", {"settings", "set", "keep_daily_backups", "61"}, "keep_daily_backups", "between 1 and 60"},
        {"a setting of NaN", {"settings", "set", "rom_meaningful_change", "NaN"}, "rom_meaningful_change", "whole number"},
        {"retention of -0 years", {"settings", "set", "retention_years", "-0"}, "retention_years", "between 1 and 100"},
        {"report period from 1800", {"report", "progress", "--client", "{client}", "--recipient", "{provider}", "--out", "{pdf}", "--progress", "Better.", "--from", "1800-01-01"}, "from", "1900-01-01"},
        {"escape in a report's recommendations", {"report", "progress", "--client", "{client}", "--recipient", "{provider}", "--out", "{pdf}", "--progress", "Better.", "--recommendations", kEscape}, "recommendations", "U+001B"},
        {"not UTF-8 in a report's progress", {"report", "progress", "--client", "{client}", "--recipient", "{provider}", "--out", "{pdf}", "--progress", kNotUtf8}, "progress", "UTF-8"},
    };
    for (const Refusal& row : table)
        expectRefused(row);
}

TEST_F(HostileInput, OddButHarmlessValuesAreStoredAndReadBackExactly)
{
    const std::string address = "12 Elm St\n\tUnit 4\nToronto";
    const std::string notes = std::string(20000 - 3, 'z') + "ễ😀";  // the longest notes, in characters
    const json added = cliJson({"client", "add", "--family-name", kSql, "--given-names", "Robert\"; --",
                                "--address", address, "--notes", notes, "--dob", "1900-01-01"});
    const json chart = cliJson({"client", "show", std::to_string(added["id"].get<long long>())});
    EXPECT_EQ(chart["client"]["family_name"], kSql);
    EXPECT_EQ(chart["client"]["given_names"], "Robert\"; --");
    EXPECT_EQ(chart["client"]["address"], address);
    EXPECT_EQ(chart["client"]["notes"], notes);
    EXPECT_EQ(chart["client"]["date_of_birth"], "1900-01-01");
    EXPECT_EQ(knotwork::testing::sqliteQuery(m_practice, "SELECT count(*) FROM clients"), "2") << "the table is still there";

    const json found = cliJson({"client", "list", "--search", "' OR 1=1 --"});
    EXPECT_EQ(found["total"], 0) << found.dump();

    cliJson({"measure", "add", "--client", m_client, "--kind", "nprs", "--total", "-0", "--date", "2026-11-25"});
    const json measures = cliJson({"measure", "list", "--client", m_client});
    ASSERT_EQ(measures.size(), 1u);
    EXPECT_EQ(measures[0]["total"], 0);

    const json provider = cliJson({"provider", "add", "--name", "Dr O'Brien; DELETE FROM providers", "--notes", "tab\there"});
    const json shown = cliJson({"provider", "show", std::to_string(provider["id"].get<long long>())});
    EXPECT_EQ(shown["name"], "Dr O'Brien; DELETE FROM providers");
    EXPECT_EQ(shown["notes"], "tab\there");
}

TEST_F(HostileInput, WhatTheCliPrintsCannotDriveTheTerminal)
{
    // A value stored before the rule existed (or written behind the app's back) is shown escaped.
    const std::string hostile = "Evil\x1b]0;pwned\x07\x1b[2J\xc2\x9b" "31m\xff";
    knotwork::testing::sqliteQuery(m_practice, "UPDATE clients SET given_names = CAST(X'"
                                                   + [&] {
                                                         std::string hex;
                                                         for (unsigned char c : hostile)
                                                             hex += fmt::format("{:02X}", c);
                                                         return hex;
                                                     }()
                                                   + "' AS TEXT) WHERE id = " + m_client);
    for (const std::vector<std::string>& command : {std::vector<std::string>{"client", "list"},
                                                    std::vector<std::string>{"client", "show", m_client}}) {
        const ProcessResult run = cli(command);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        EXPECT_THAT(run.out, Not(HasSubstr("\x1b"))) << run.out;
        EXPECT_THAT(run.out, Not(HasSubstr("\x07")));
        EXPECT_THAT(run.out, Not(HasSubstr("\xc2\x9b")));
        EXPECT_THAT(run.out, HasSubstr("Evil\\e]0;pwned\\x07\\e[2J\\x9b31m\\xff"));
    }
}

} // namespace
} // namespace knotwork::cli
