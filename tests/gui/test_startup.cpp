#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/build_info.h"
#include "db/migration.h"
#include "support/practice_files.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using knotwork::testing::runProcess;

const std::map<std::string, std::optional<std::string>> kNoDisplay{{"DISPLAY", std::nullopt},
                                                                   {"WAYLAND_DISPLAY", std::nullopt}};

TEST(Startup, VersionAnswersWithoutADisplay)
{
    const auto run = runProcess({KNOTWORK_APP, "--version"}, kNoDisplay);
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, "knotwork " + std::string(kVersion) + "\n");
}

TEST(Startup, HelpNamesTheDefaultPracticeAndTheCommandLineTwin)
{
    const auto run = runProcess({KNOTWORK_APP, "--help"},
                                {{"DISPLAY", std::nullopt}, {"XDG_DATA_HOME", "/srv/ana"}});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_THAT(run.out, HasSubstr("--db PATH"));
    EXPECT_THAT(run.out, HasSubstr("/srv/ana/knotwork/practice.sqlite"));
    EXPECT_THAT(run.out, HasSubstr("knotwork-cli"));
}

TEST(Startup, WithoutADisplayItSaysWhatToDoInsteadOfFailingCryptically)
{
    const auto run = runProcess({KNOTWORK_APP}, kNoDisplay);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr("no graphical display"));
    EXPECT_THAT(run.err, HasSubstr("knotwork-cli"));
    EXPECT_EQ(run.err.find("Gtk"), std::string::npos) << run.err;
}

TEST(Startup, AClockSettingThatIsNeitherAMomentNorADayIsRefusedBeforeAnyWindow)
{
    const auto run = runProcess({KNOTWORK_APP}, {{"KNOTWORK_CLOCK", "soon"}});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr("KNOTWORK_CLOCK must be a UTC moment"));
    EXPECT_EQ(run.err.find("Gtk"), std::string::npos) << run.err;
}

TEST(Startup, AnUnknownOptionIsRefusedWithTheUsage)
{
    const auto run = runProcess({KNOTWORK_APP, "--colour"});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_THAT(run.err, HasSubstr("colour"));
    EXPECT_THAT(run.err, HasSubstr("--db"));
}

TEST(Startup, OpensAndCreatesThePracticeGivenWithDb)
{
    knotwork::testing::TempDir dir;
    const auto file = dir / "clinic" / "front room.sqlite";
    // The app runs until closed; give it a few seconds to open the practice, then end it.
    runProcess({"/usr/bin/timeout", "6", KNOTWORK_APP, "--db", file.string()},
               {{"XDG_CONFIG_HOME", (dir / "config").string()}});
    ASSERT_TRUE(std::filesystem::exists(file));
    EXPECT_EQ(knotwork::testing::sqliteQuery(file, "SELECT COUNT(*) FROM schema_version"),
              std::to_string(db::builtInMigrations().size()));
}

} // namespace
} // namespace knotwork::gui
