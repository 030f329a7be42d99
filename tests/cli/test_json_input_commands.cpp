// The JSON a user hands to `client add`, `session add`, `plan add` and `measure add --from`: what
// each `--json` prints reads back, and a duplicate key, an unknown key, invalid UTF-8 or a number
// out of range is refused naming the key path and the rule, with nothing stored.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_practice_test.h"
#include "sessions/session_json.h"
#include "support/practice_files.h"
#include "support/process.h"
#include "support/sample_note.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using knotwork::testing::ProcessResult;
using knotwork::testing::writeBytes;
using nlohmann::json;

class JsonInputCommands : public CliPracticeTest {
protected:
    void SetUp() override
    {
        CliPracticeTest::SetUp();
        m_physician = cliJson({"provider", "add", "--name", "Dr. Okafor", "--role", "physician"})["id"];
        m_client = addTreatedClient({"--family-name", "Martin", "--given-names", "Zoë", "--diagnosis",
                                     "tension_type:" + std::to_string(m_physician)});
    }

    std::string client() const { return std::to_string(m_client); }

    std::string file(const std::string& text)
    {
        const auto path = m_dir / ("input" + std::to_string(++m_files) + ".json");
        writeBytes(path, text);
        return path.string();
    }

    // How many records of each kind the practice holds, as the list commands count them.
    std::vector<std::size_t> counts()
    {
        return {cliJson({"client", "list", "--filter", "all"})["total"].get<std::size_t>(),
                cliJson({"session", "list", "--client", client()}).size(),
                cliJson({"plan", "list", "--client", client()}).size(),
                cliJson({"measure", "list", "--client", client()}).size()};
    }

    // `command --from` with `document` fails naming `field`, its message saying the rule in
    // `words`, and stores nothing.
    void expectRefused(std::vector<std::string> command, const std::string& document, const std::string& field,
                       const std::string& words)
    {
        const std::vector<std::size_t> before = counts();
        command.insert(command.end(), {"--from", file(document)});
        const ProcessResult run = cli(command);
        EXPECT_EQ(run.exitCode, 1) << document;
        EXPECT_THAT(run.err, HasSubstr("knotwork-cli: " + field + ": ")) << document;
        EXPECT_THAT(run.err, HasSubstr(words)) << document;
        EXPECT_EQ(counts(), before) << document;
    }

    long long m_physician = 0;
    long long m_client = 0;
    int m_files = 0;
};

TEST_F(JsonInputCommands, AChartPrintedByClientShowAddsTheSameIntake)
{
    const long long provider = cliJson({"provider", "add", "--name", "Dr Søren Holm", "--role", "neurologist"})["id"];
    const json added = cliJson({"client", "add", "--from", file(R"({
        "client": {"family_name": "Ólafsdóttir", "given_names": "Sigríður", "date_of_birth": "1984-05-06",
                   "emergency_contact": {"name": "Jón", "phone": "555 0101"}, "screen_hours_per_day": 9},
        "intake": {"headache": {"days_per_month": 12, "usual_intensity": 6, "triggers": ["screen_work", "stress"]},
                   "lifestyle": {"sleep_hours": 6.5, "water_litres_per_day": 1.5}, "preferred_pressure": "light"},
        "diagnoses": [{"type": "cervicogenic", "provider_id": )" + std::to_string(provider) + R"(,
                       "diagnosed_on": "2026-03-01"}],
        "care_team": [{"provider_id": )" + std::to_string(provider) + R"(, "relation": "referring"}]})")});
    const json shown = cliJson({"client", "show", std::to_string(added["id"].get<long long>())});

    const json copy = cliJson({"client", "add", "--from", file(shown.dump(2))});
    const json copied = cliJson({"client", "show", std::to_string(copy["id"].get<long long>())});
    for (const char* key : {"intake", "diagnoses", "care_team"})
        EXPECT_EQ(copied[key], shown[key]) << key;
    json client = shown["client"];
    json copiedClient = copied["client"];
    for (json* c : {&client, &copiedClient})
        c->erase("id");
    EXPECT_EQ(copiedClient, client);
}

TEST_F(JsonInputCommands, ASignedNotePrintedBySessionShowAddsTheSameContent)
{
    const auto note = json(knotwork::testing::sampleNote(0, Date(2026, 11, 20)));
    const json added = cliJson({"session", "add", "--client", client(), "--from", file(note.dump()), "--sign"});
    const std::string id = std::to_string(added["id"].get<long long>());
    // What a signed note with an addendum prints: status, signer, signing time, addenda and all.
    cliJson({"session", "addendum", id, "--text", "Client called: eased by evening."});
    const json shown = cliJson({"session", "show", id});
    ASSERT_EQ(shown["status"], "signed");
    ASSERT_EQ(shown["addenda"].size(), 1u);

    const json copy = cliJson({"session", "add", "--client", client(), "--from", file(shown.dump(2))});
    EXPECT_EQ(copy["status"], "draft") << "a note read from JSON is a new draft, whatever it says it was";
    for (const char* key : {"visit_date", "visit_time", "visit_minutes", "kind", "subjective", "objective",
                            "assessment", "plan"})
        EXPECT_EQ(copy[key], shown[key]) << key;
}

TEST_F(JsonInputCommands, APlanPrintedByPlanShowStartsTheSamePlan)
{
    const json started = cliJson({"plan", "add", "--client", client(), "--start", "2026-10-05"});
    const json shown = cliJson({"plan", "show", std::to_string(started["id"].get<long long>())});
    ASSERT_TRUE(shown.contains("goal_progress"));

    // Another client's plan: a client has one open plan at a time.
    const long long other = addTreatedClient({"--family-name", "Nowak", "--given-names", "Łukasz", "--diagnosis",
                                              "tension_type:" + std::to_string(m_physician)});
    const json copy = cliJson({"plan", "add", "--client", std::to_string(other), "--from", file(shown.dump(2))});
    EXPECT_EQ(copy["client_id"], other);
    for (const char* key : {"focus", "start_date", "review_date", "target_muscles", "regions", "techniques",
                            "phases", "goals", "current_phase"})
        EXPECT_EQ(copy[key], shown[key]) << key;
}

TEST_F(JsonInputCommands, AMeasurePrintedByMeasureAddRecordsTheSameAnswers)
{
    const json ndi = cliJson({"measure", "add", "--client", client(), "--kind", "ndi", "--date", "2026-11-02",
                              "--answers", "2,1,0,3,2,1,-,2,3,1", "--notes", "Filled in at reception"});
    const json copy = cliJson({"measure", "add", "--client", client(), "--from", file(ndi.dump(2))});
    EXPECT_NE(copy["id"], ndi["id"]);
    for (const char* key : {"kind", "taken_on", "answers", "score", "score_text", "notes"})
        EXPECT_EQ(copy[key], ndi[key]) << key;
}

TEST_F(JsonInputCommands, AClientDocumentThatBreaksARuleIsRefusedNamingWhere)
{
    const std::vector<std::string> add{"client", "add"};
    expectRefused(add, R"({"client": {"family_name": "Ng", "given_names": "An", "family_name": "Nguyen"}})",
                  "client.family_name", "is given twice; keep one.");
    expectRefused(add, R"({"client": {"family_name": "Ng", "given_names": "An", "nickname": "Annie"}})",
                  "nickname", "is not a field Knotwork reads here");
    expectRefused(add, R"({"client": {"family_name": "Ng", "given_names": "An"}, "intake": {"headache": {"onset": "x", "days_per_mnth": 4}}})",
                  "headache.days_per_mnth", "is not a field Knotwork reads here");
    expectRefused(add, "{\"client\": {\"family_name\": \"Ng\xE9\", \"given_names\": \"An\"}}", "client.family_name",
                  "is not valid UTF-8 text");
    expectRefused(add, R"({"client": {"family_name": "Ng", "given_names": "An"}, "intake": {"headache": {"days_per_month": 1e999}}})",
                  "intake.headache.days_per_month", "is too large a number.");
    expectRefused(add, R"({"client": {"family_name": "Ng", "given_names": "An"}, "intake": {"headache": {"days_per_month": 4294967297}}})",
                  "headache.days_per_month", "must be a whole number from");
    expectRefused(add, R"({"client": {"family_name": "Ng", "given_names": "An"}, "intake": {"headache": {"days_per_month": 45}}})",
                  "headache.days_per_month", "must be between 0 and 31");
    expectRefused(add, R"({"client": {"family_name": "Ng", "given_names": "An"}, "diagnoses": [{"type": "migraine"}, {"type": 7}]})",
                  "diagnoses[1].type", "must be one of:");
}

TEST_F(JsonInputCommands, NotePlanAndMeasureDocumentsThatBreakARuleAreRefusedNamingWhere)
{
    const std::vector<std::string> session{"session", "add", "--client", client()};
    expectRefused(session, R"({"visit_date": "2026-11-20", "visit_date": "2026-11-21"})", "visit_date", "is given twice; keep one.");
    expectRefused(session, R"({"visit_date": "2026-11-20", "subjective": {"headach_days": 3}})",
                  "subjective.headach_days", "is not a field Knotwork reads here");
    expectRefused(session, R"({"visit_date": "2026-11-20", "visit_minutes": 99999999999})", "visit_minutes", "must be a whole number from");
    expectRefused(session, R"({"visit_date": "2026-11-20", "objective": {"rom": {"rotation_left": {"before": 60}, "tilt": {}}}})",
                  "objective.rom.tilt", "is not a field Knotwork reads here");

    const std::vector<std::string> plan{"plan", "add", "--client", client()};
    expectRefused(plan, R"({"focus": "tension_type", "start_date": "2026-11-02", "goals": [{"metric": "headache_days", "targt": 5}]})",
                  "goals[0].targt", "is not a field Knotwork reads here");
    expectRefused(plan, R"({"focus": "tension_type", "start_date": "2026-11-02", "phases": [{"visits": 6, "visits": 60}]})",
                  "phases[0].visits", "is given twice; keep one.");

    const std::vector<std::string> measure{"measure", "add", "--client", client()};
    expectRefused(measure, R"({"kind": "nprs", "taken_on": "2026-11-02", "total": 4, "scor": 3})", "scor", "is not a field Knotwork reads here");
    expectRefused(measure, "{\"kind\": \"psfs\", \"taken_on\": \"2026-11-02\", \"activities\": [{\"activity\": \"Read\xC0\xAF\", \"rating\": 4}]}",
                  "activities[0].activity", "is not valid UTF-8 text");
}

} // namespace
} // namespace knotwork::cli
