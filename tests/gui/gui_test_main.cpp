// GUI tests start wxWidgets once per process, as the real app would, with its settings and
// default practice in a temporary home.
#include <cstdlib>
#include <iostream>
#include <gtest/gtest.h>

#include "gui_test_support.h"

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (::testing::GTEST_FLAG(list_tests))
        return RUN_ALL_TESTS();
    if (!std::getenv("DISPLAY")) {
        std::cerr << "The GUI tests need a display: run them under xvfb-run (scripts/test does).\n";
        return EXIT_FAILURE;
    }
    ::testing::AddGlobalTestEnvironment(new knotwork::gui::testing::RunningApp);
    return RUN_ALL_TESTS();
}
