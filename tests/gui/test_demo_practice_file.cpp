#include <filesystem>
#include <gtest/gtest.h>

#include "db/practice_opener.h"
#include "app/practice/practice_context.h"
#include "app/gui/demo_practice_file.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"
#include "support/umask_override.h"

namespace knotwork::gui {
namespace {

namespace fs = std::filesystem;

const Date kDemoDay(2026, 11, 23);

demo::DemoOptions smallDemo()
{
    demo::DemoOptions options;
    options.clients = 40;
    options.seed = 7;
    options.referenceDay = kDemoDay;
    return options;
}

TEST(DemoPracticeFile, LivesBesideTheTherapistsPracticeInItsOwnFile)
{
    EXPECT_EQ(demoPracticePath().filename(), "demo-practice.sqlite");
    EXPECT_TRUE(isDemoPractice(demoPracticePath()));
    EXPECT_FALSE(isDemoPractice(demoPracticePath().parent_path() / "practice.sqlite"));
}

TEST(DemoPracticeFile, IsWrittenWholeOrNotAtAll)
{
    knotwork::testing::TempDir folder;
    const fs::path file = folder.path() / "demo.sqlite";
    int calls = 0;
    EXPECT_TRUE(createDemoPractice(file, smallDemo(), "test", [&calls](int, int) { return ++calls > 0; }));
    EXPECT_GT(calls, 0);
    EXPECT_TRUE(fs::exists(file));
    EXPECT_FALSE(fs::exists(folder.path() / "demo.sqlite.partial"));

    db::OpenedPractice opened = db::openPractice(file, db::OpenMode::ExistingOnly, "test");
    app::PracticeContext stores(*opened.database, "test", Clock::stoppedOn(kDemoDay));
    EXPECT_EQ(stores.stores().clients().count({{}, clients::ClientFilter::All, {}}, kDemoDay), 40);
}

TEST(DemoPracticeFile, IsTheOwnersAloneWhateverTheUmask)
{
    knotwork::testing::TempDir folder;
    const fs::path file = folder.path() / "demo.sqlite";
    knotwork::testing::UmaskOverride open(0);
    ASSERT_TRUE(createDemoPractice(file, smallDemo(), "test", [](int, int) { return true; }));
    EXPECT_EQ(knotwork::testing::permissionBits(file), 0600u);
}

TEST(DemoPracticeFile, CancellingLeavesNothingBehind)
{
    knotwork::testing::TempDir folder;
    const fs::path file = folder.path() / "demo.sqlite";
    EXPECT_FALSE(createDemoPractice(file, smallDemo(), "test", [](int, int) { return false; }));
    EXPECT_FALSE(fs::exists(file));
    for (const char* leftover : {"demo.sqlite.partial", "demo.sqlite.partial-wal", "demo.sqlite.partial-shm"})
        EXPECT_FALSE(fs::exists(folder.path() / leftover)) << leftover;
}

} // namespace
} // namespace knotwork::gui
