// GUI tests start wxWidgets once per process, as the real app would, with its settings and
// default practice in a temporary home.
//
// A GUI test has a display to itself while it runs, so a screenshot never shows another test's
// window: it holds a lock file named after its display. scripts/test starts two X servers and
// lists them in KNOTWORK_TEST_DISPLAYS, so ctest runs two GUI tests at once, each on its own
// display; without that list every test waits its turn for $DISPLAY.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>
#include <gtest/gtest.h>

#include "gui_test_support.h"

namespace {

// Waits until one of the displays is free, takes it (the lock is held until the process ends)
// and makes it DISPLAY. False if no lock file can be opened.
bool takeDisplay()
{
    std::vector<std::string> displays;
    if (const char* listed = std::getenv("KNOTWORK_TEST_DISPLAYS")) {
        std::istringstream words(listed);
        for (std::string display; words >> display;)
            displays.push_back(display);
    }
    if (displays.empty())
        displays.push_back(std::getenv("DISPLAY"));

    std::vector<int> locks;
    for (const std::string& display : displays) {
        const std::filesystem::path file =
            std::filesystem::temp_directory_path() / ("knotwork-gui-tests-display-" + display + ".lock");
        const int lock = ::open(file.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC, 0644);
        if (lock < 0) {
            std::cerr << "Cannot open " << file << " to take the display " << display << ".\n";
            return false;
        }
        locks.push_back(lock);
    }
    for (;;) {
        for (std::size_t i = 0; i < locks.size(); ++i) {
            if (::flock(locks[i], LOCK_EX | LOCK_NB) == 0) {
                ::setenv("DISPLAY", displays[i].c_str(), 1);
                return true;
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

} // namespace

int main(int argc, char** argv)
{
    // ctest's fixture: write the demo practice every test copies, and nothing else.
    constexpr std::string_view kWriteDemo = "--write-demo-practice=";
    if (argc == 2 && std::string_view(argv[1]).starts_with(kWriteDemo)) {
        knotwork::gui::testing::writeSharedDemoPractice(std::string_view(argv[1]).substr(kWriteDemo.size()));
        return EXIT_SUCCESS;
    }
    ::testing::InitGoogleTest(&argc, argv);
    if (::testing::GTEST_FLAG(list_tests))
        return RUN_ALL_TESTS();
    if (!std::getenv("DISPLAY")) {
        std::cerr << "The GUI tests need a display: run them under xvfb-run (scripts/test does).\n";
        return EXIT_FAILURE;
    }
    if (!takeDisplay())
        return EXIT_FAILURE;
    ::testing::AddGlobalTestEnvironment(new knotwork::gui::testing::RunningApp);
    return RUN_ALL_TESTS();
}
