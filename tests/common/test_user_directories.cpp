#include <gtest/gtest.h>

#include "common/user_directories.h"
#include "support/environment_override.h"

namespace knotwork {
namespace {

using testing::EnvironmentOverride;

TEST(UserDirectories, DefaultPracticeLivesInXdgDataHome)
{
    EnvironmentOverride data("XDG_DATA_HOME", "/srv/alice/data");
    EXPECT_EQ(defaultPracticePath(), "/srv/alice/data/knotwork/practice.sqlite");
}

TEST(UserDirectories, WithoutXdgDataHomeThePracticeIsUnderLocalShare)
{
    EnvironmentOverride data("XDG_DATA_HOME", std::nullopt);
    EnvironmentOverride home("HOME", "/home/alice");
    EXPECT_EQ(defaultPracticePath(), "/home/alice/.local/share/knotwork/practice.sqlite");
}

TEST(UserDirectories, ARelativeXdgPathIsIgnoredAsTheSpecificationSays)
{
    EnvironmentOverride data("XDG_DATA_HOME", "relative/data");
    EnvironmentOverride config("XDG_CONFIG_HOME", "relative/config");
    EnvironmentOverride home("HOME", "/home/alice");
    EXPECT_EQ(userDataDirectory(), "/home/alice/.local/share/knotwork");
    EXPECT_EQ(userConfigDirectory(), "/home/alice/.config/knotwork");
}

TEST(UserDirectories, SettingsLiveInXdgConfigHome)
{
    EnvironmentOverride config("XDG_CONFIG_HOME", "/srv/alice/config");
    EXPECT_EQ(userConfigDirectory(), "/srv/alice/config/knotwork");
}

TEST(UserDirectories, TheLoginNameIsKnown)
{
    EXPECT_FALSE(currentLoginName().empty());
}

} // namespace
} // namespace knotwork
