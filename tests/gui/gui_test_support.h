#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>
#include <gtest/gtest.h>

#include "common/notifier.h"
#include "support/environment_override.h"
#include "support/temp_dir.h"

class wxWindow;

namespace knotwork::gui {
class KnotworkApp;
class MainFrame;
}

namespace knotwork::gui::testing {

// The day the app under test reads from its clock (through KNOTWORK_CLOCK, as a person's
// practice would read the computer's): screens, demo data and screenshots are the same on any day.
inline constexpr const char* kTestDay = "2026-11-23";  // noon, local time

// The demo practice the tests explore is written once per run, as the ctest fixture every GUI
// test requires (tests/gui/CMakeLists.txt), into the file this variable names; each test process
// copies it into its own home instead of writing 300 clients again.
inline constexpr const char* kSharedDemoPracticeVariable = "KNOTWORK_TEST_DEMO_PRACTICE";

// Writes the demo practice of kTestDemoClients clients as of kTestDay into `file`, as the app's
// File › Explore a demo practice… would.
void writeSharedDemoPractice(const std::filesystem::path& file);
// Puts the run's demo practice where the app looks for it (RunningApp does at start), in place of
// any other; without the fixture's file, leaves none, so exploring writes one.
void useSharedDemoPractice();

// Keeps what the app would have shown in message boxes.
class RecordingNotifier : public Notifier {
public:
    struct Message {
        std::string title;
        std::string text;
    };
    void showError(const std::string& title, const std::string& message) override;
    void showInformation(const std::string& title, const std::string& message) override;

    std::vector<Message> errors;
    std::vector<Message> information;
};

// The real KnotworkApp, started once for the test process with its data and config folders in
// a temporary home, so tests never touch the developer's own practice.
class RunningApp : public ::testing::Environment {
public:
    void SetUp() override;
    void TearDown() override;

    static KnotworkApp& app();
    static MainFrame& mainFrame();
    static RecordingNotifier& notifier();
    static const std::filesystem::path& home();

private:
    std::unique_ptr<knotwork::testing::TempDir> m_home;
    std::vector<std::unique_ptr<knotwork::testing::EnvironmentOverride>> m_environment;
};

// Lets wx handle pending events and redraw, as the event loop would between user actions.
void processEvents();

} // namespace knotwork::gui::testing
