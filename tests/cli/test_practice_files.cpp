// knotwork-cli touches a file only when it is a Knotwork practice: another program's database, an
// empty file or random bytes is refused (exit 3, the reason named) and left byte for byte as it
// was, with no -wal, -shm or journal beside it; a command aimed where there is no practice says
// to create one with init instead of creating one; damage inside a record is named, exit 3.
#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_practice_test.h"
#include "support/practice_files.h"

namespace knotwork::cli {
namespace {

namespace fs = std::filesystem;
using knotwork::testing::ProcessResult;
using knotwork::testing::readBytes;
using knotwork::testing::sqliteQuery;
using knotwork::testing::sqliteQueryHeldOpen;
using knotwork::testing::writeBytes;
using ::testing::AllOf;
using ::testing::HasSubstr;

// What a command may be asked to do with a file: every kind of command that opens the practice.
const std::vector<std::vector<std::string>> kCommands{
    {"info"},
    {"info", "--json"},
    {"client", "list"},
    {"client", "add", "--family-name", "Quennell", "--given-names", "Zoë"},
    {"client", "archive", "1"},
    {"provider", "add", "--name", "Dr Amara Okafor", "--role", "physician"},
    {"provider", "list"},
    {"settings", "set", "practice_name", "Cedar Massage"},
    {"settings", "show"},
    {"session", "drafts"},
    {"session", "sign", "1"},
    {"measure", "void", "1", "--reason", "entered twice"},
    {"plan", "templates"},
    {"backup"},
    {"export", "--out", "archive.zip"},
    {"verify"},
};

struct ForeignFile {
    const char* name;
    // Makes the file; returns what stderr must say about it.
    std::string (*make)(const fs::path& file);
};

const ForeignFile kForeignFiles[]{
    {"another program's database",
     [](const fs::path& file) {
         knotwork::testing::writeAnotherProgramsDatabase(file);
         return std::string("not a Knotwork practice");
     }},
    {"another program's database in WAL mode",
     [](const fs::path& file) {
         knotwork::testing::writeAnotherProgramsDatabase(file, "wal");
         return std::string("not a Knotwork practice");
     }},
    {"an empty database",
     [](const fs::path& file) {
         writeBytes(file, "");
         sqliteQuery(file, "CREATE TABLE t (x); DROP TABLE t; VACUUM");
         return std::string("an empty database, not a Knotwork practice");
     }},
    {"an empty file",
     [](const fs::path& file) {
         writeBytes(file, "");
         return std::string("an empty file, not a Knotwork practice");
     }},
    {"random bytes",
     [](const fs::path& file) {
         std::string bytes(20000, '\0');
         std::uint32_t state = 2463534242u;
         for (char& byte : bytes) {
             state ^= state << 13, state ^= state >> 17, state ^= state << 5;
             byte = static_cast<char>(state);
         }
         writeBytes(file, bytes);
         return std::string("not a database");
     }},
};

// Every file in the folder but the ones named.
std::vector<std::string> namesIn(const fs::path& folder)
{
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

class PracticeFiles : public CliPracticeTest {
protected:
    void SetUp() override {}  // no practice: each test makes the file it needs
};

TEST_F(PracticeFiles, AFileThatIsNotAPracticeIsRefusedAndNotChangedByAnyCommand)
{
    for (const ForeignFile& foreign : kForeignFiles) {
        SCOPED_TRACE(foreign.name);
        const fs::path folder = m_dir / "files";
        fs::remove_all(folder);
        fs::create_directories(folder);
        const fs::path file = folder / "other.db";
        const std::string reason = foreign.make(file);
        const std::string before = readBytes(file);
        const std::vector<std::string> namesBefore = namesIn(folder);

        std::vector<std::vector<std::string>> commands = kCommands;
        // init and demo make a practice of an empty file or an empty database, as they would of
        // a missing one; anything holding something is refused by them too.
        if (reason.find("empty") == std::string::npos) {
            commands.push_back({"init"});
            commands.push_back({"demo", "--clients", "2"});
        }
        for (std::vector<std::string> command : commands) {
            SCOPED_TRACE(command[0] + (command.size() > 1 ? " " + command[1] : ""));
            if (command[0] == "export")
                command[2] = (m_dir / "archive.zip").string();
            const ProcessResult run = runCliOn(m_dir / "data", file, command);
            EXPECT_EQ(run.exitCode, 3) << run.out << run.err;
            EXPECT_THAT(run.err, HasSubstr(file.string()));
            EXPECT_THAT(run.err, HasSubstr(reason));
            EXPECT_TRUE(readBytes(file) == before) << "the file was changed";
            EXPECT_EQ(namesIn(folder), namesBefore) << "a -wal, -shm or journal was left beside it";
        }
        EXPECT_FALSE(fs::exists(m_dir / "archive.zip"));
    }
}

TEST_F(PracticeFiles, AnotherProgramsLogOfCommittedChangesIsLeftWhereItIs)
{
    // A program killed with changes still in its -wal file: they belong to it, and copying them
    // into its database (what closing the last connection would do) is a change Knotwork must
    // not make. The files are copied as they are on disk while that program holds them open.
    const fs::path running = m_dir / "running.db", file = m_dir / "songs.db";
    const fs::path log = fs::path(file) += "-wal";
    writeBytes(running, "");
    sqliteQueryHeldOpen(running,
                        "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                        "CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT);"
                        "INSERT INTO songs (title) VALUES ('Ca the yowes')",
                        [&] {
                            fs::copy_file(running, file);
                            fs::copy_file(fs::path(running) += "-wal", log);
                        });
    ASSERT_GT(fs::file_size(log), 0u);
    const std::string database = readBytes(file), pending = readBytes(log);

    const ProcessResult run = runCliOn(m_dir / "data", file, {"info"});
    EXPECT_EQ(run.exitCode, 3) << run.err;
    EXPECT_THAT(run.err, HasSubstr("not a Knotwork practice"));
    EXPECT_TRUE(readBytes(file) == database) << "the log was copied into the database";
    EXPECT_TRUE(readBytes(log) == pending);
}

TEST_F(PracticeFiles, EveryWriteCommandOnAPathWithNoPracticeSaysToCreateOneWithInit)
{
    const fs::path missing = m_dir / "typo" / "practise.sqlite";
    fs::create_directories(missing.parent_path());
    for (const std::vector<std::string>& command : kCommands) {
        SCOPED_TRACE(command[0] + (command.size() > 1 ? " " + command[1] : ""));
        const ProcessResult run = runCliOn(m_dir / "data", missing, command);
        EXPECT_EQ(run.exitCode, 1) << run.out << run.err;
        EXPECT_THAT(run.err, HasSubstr("There is no practice at " + missing.string() + "; create one with init"));
        EXPECT_TRUE(namesIn(missing.parent_path()).empty()) << "a practice was created";
    }
}

TEST_F(PracticeFiles, InitAndDemoStillCreateAPractice)
{
    const ProcessResult init = runCliOn(m_dir / "data", m_dir / "new.sqlite", {"init"});
    EXPECT_EQ(init.exitCode, 0) << init.err;
    EXPECT_THAT(init.out, HasSubstr("Created a new practice"));
    const ProcessResult demo = runCliOn(m_dir / "data", m_dir / "demo.sqlite", {"demo", "--clients", "2"});
    EXPECT_EQ(demo.exitCode, 0) << demo.err;
    EXPECT_EQ(runCliOn(m_dir / "data", m_dir / "demo.sqlite", {"client", "list"}).exitCode, 0);

    writeBytes(m_dir / "empty.sqlite", "");
    const ProcessResult fromEmpty = runCliOn(m_dir / "data", m_dir / "empty.sqlite", {"init"});
    EXPECT_EQ(fromEmpty.exitCode, 0) << fromEmpty.err;
    EXPECT_THAT(fromEmpty.out, HasSubstr("Created a new practice"));
}

// A practice damaged in a page that opening it and its clients never read: a read command answers
// without reading the whole file, a write command reads it first and refuses, and verify and info
// (whose integrity check reads every page) name the damage. Nothing is written.
TEST(DamagedPage, ReadsAnswerWritesAreRefusedAndTheFileIsLeftAsItWas)
{
    knotwork::testing::TempDir dir;
    const fs::path practice = dir / "practice.sqlite";
    ASSERT_EQ(runCliOn(dir / "data", practice, {"init"}).exitCode, 0);
    ASSERT_EQ(runCliOn(dir / "data", practice, {"client", "add", "--family-name", "Quennell", "--given-names", "Zoë"})
                  .exitCode,
              0);
    const std::string damaged = knotwork::testing::damageAPageOnlyAWholeFileCheckReads(practice);

    for (const std::vector<std::string>& command : std::vector<std::vector<std::string>>{
             {"client", "list"}, {"settings", "show"}, {"provider", "list"}}) {
        const ProcessResult run = runCliOn(dir / "data", practice, command);
        EXPECT_EQ(run.exitCode, 0) << command[0] << ": " << run.err;
    }
    const ProcessResult list = runCliOn(dir / "data", practice, {"client", "list"});
    EXPECT_THAT(list.out, HasSubstr("Quennell"));
    for (const std::vector<std::string>& command : std::vector<std::vector<std::string>>{
             {"client", "add", "--family-name", "Okafor", "--given-names", "Amara"},
             {"settings", "set", "practice_name", "Cedar Massage"},
             {"verify"},
             {"info"}}) {
        SCOPED_TRACE(command[0] + (command.size() > 1 ? " " + command[1] : ""));
        const ProcessResult run = runCliOn(dir / "data", practice, command);
        EXPECT_EQ(run.exitCode, 3) << run.out << run.err;
        EXPECT_TRUE(readBytes(practice) == damaged) << "the damaged file was written to";
    }
    const ProcessResult refused =
        runCliOn(dir / "data", practice, {"client", "add", "--family-name", "Okafor", "--given-names", "Amara"});
    EXPECT_THAT(refused.err, AllOf(HasSubstr(practice.string()), HasSubstr("damaged"), HasSubstr("backup")));
}

// A practice of the demo's, with one record of each kind made unreadable by hand (the triggers
// that keep signed records as they are dropped first, as someone editing the file would).
class DamagedRecords : public CliPracticeTest {
protected:
    void SetUp() override
    {
        const ProcessResult demo = cli({"demo", "--clients", "3", "--as-of", "2026-11-23"});
        ASSERT_EQ(demo.exitCode, 0) << demo.err;
    }

    std::string first(const std::string& sql) { return sqliteQuery(m_practice, sql); }

    void expectDamageNamed(const std::vector<std::string>& command, const std::string& record)
    {
        const ProcessResult run = cli(command);
        EXPECT_EQ(run.exitCode, 3) << run.out << run.err;
        EXPECT_THAT(run.err, HasSubstr(record + " is damaged: "));
        EXPECT_THAT(run.err, ::testing::Not(HasSubstr("json.exception")));
    }
};

TEST_F(DamagedRecords, ANoteBodyThatNoLongerParsesIsNamedAsDamage)
{
    const std::string note = first("SELECT id FROM session_notes WHERE status = 'signed' ORDER BY id LIMIT 1");
    sqliteQuery(m_practice, "DROP TRIGGER session_notes_signed_refuse_update;"
                            "UPDATE session_notes SET body = '{\"subjective\": ' WHERE id = " + note);
    expectDamageNamed({"session", "show", note}, "session note " + note);
}

TEST_F(DamagedRecords, AnIntakeThatNoLongerParsesIsNamedAsDamage)
{
    const std::string client = first("SELECT MIN(id) FROM clients");
    sqliteQuery(m_practice, "UPDATE clients SET intake = '[1, 2' WHERE id = " + client);
    expectDamageNamed({"client", "show", client}, "client " + client);
}

TEST_F(DamagedRecords, APlanBodyOfTheWrongShapeIsNamedAsDamage)
{
    const std::string plan = first("SELECT MIN(id) FROM treatment_plans");
    ASSERT_FALSE(plan.empty());
    sqliteQuery(m_practice, "UPDATE treatment_plans SET body = '{\"goals\": 7}' WHERE id = " + plan);
    expectDamageNamed({"plan", "show", plan}, "treatment plan " + plan);
}

TEST_F(DamagedRecords, AMeasureWithAnUnknownKindIsNamedAsDamage)
{
    const std::string measure = first("SELECT MIN(id) FROM outcome_measures");
    const std::string client = first("SELECT client_id FROM outcome_measures WHERE id = " + measure);
    sqliteQuery(m_practice, "DROP TRIGGER outcome_measures_refuse_update;"
                            "UPDATE outcome_measures SET kind = 'tarot' WHERE id = " + measure);
    expectDamageNamed({"measure", "list", "--client", client}, "outcome measure " + measure);
}

TEST_F(DamagedRecords, AStoredDateThatIsNotADateIsNamedAsDamage)
{
    const std::string client = first("SELECT MIN(id) FROM clients");
    sqliteQuery(m_practice, "UPDATE clients SET date_of_birth = '1984-13-45' WHERE id = " + client);
    expectDamageNamed({"client", "list"}, "client " + client);
}

} // namespace
} // namespace knotwork::cli
