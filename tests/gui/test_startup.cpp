#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/version.h"
#include "support/process.h"

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

} // namespace
} // namespace knotwork::gui
