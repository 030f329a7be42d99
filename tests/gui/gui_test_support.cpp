#include "gui_test_support.h"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/evtloop.h>
#include <wx/init.h>
#include <wx/timer.h>

#include "app/gui/demo_practice_file.h"
#include "app/gui/knotwork_app.h"
#include "app/gui/main_frame.h"
#include "app/practice/practice_files.h"
#include "client_views.h"
#include "dialog_answerer.h"
#include "form_driver.h"
#include "common/calendar_date.h"
#include "common/user_directories.h"
#include "db/record_keys.h"
#include "support/environment_override.h"
#include "support/record_key_files.h"

namespace knotwork::gui::testing {

namespace {
RunningApp* g_running = nullptr;
RecordingNotifier* g_notifier = nullptr;
}

void RecordingNotifier::showError(const std::string& title, const std::string& message)
{
    errors.push_back({title, message});
}

void RecordingNotifier::showInformation(const std::string& title, const std::string& message)
{
    information.push_back({title, message});
}

namespace {

// A failed wx assertion would open a modal dialog and hang the run; make it a test failure.
void failOnAssert(const wxString& file, int line, const wxString& function, const wxString& condition,
                  const wxString& message)
{
    ADD_FAILURE_AT(file.utf8_string().c_str(), line)
        << "wx assertion failed in " << function.utf8_string() << ": " << condition.utf8_string()
        << " " << message.utf8_string();
}

} // namespace

namespace {

// Where the shared demo practice's record key is written: beside it, never in the user's config.
std::filesystem::path sharedDemoConfig(const std::filesystem::path& practice)
{
    return practice.parent_path() / "config";
}

} // namespace

void useSharedDemoPractice()
{
    app::removePracticeFiles(demoPracticePath());
    const char* shared = std::getenv(kSharedDemoPracticeVariable);
    if (!shared || !std::filesystem::exists(shared))
        return;
    std::filesystem::create_directories(demoPracticePath().parent_path());
    std::filesystem::copy_file(shared, demoPracticePath());
    // Its record key too (its recovery code counts as shown), as on the computer that made it.
    std::filesystem::path keys;
    {
        knotwork::testing::EnvironmentOverride config("XDG_CONFIG_HOME", sharedDemoConfig(shared).string());
        keys = db::recordKeyFolder();
    }
    for (const std::filesystem::path& key : knotwork::testing::recordKeyFilesIn(keys)) {
        std::filesystem::create_directories(db::recordKeyFolder());
        std::filesystem::copy_file(key, db::recordKeyFolder() / key.filename(),
                                   std::filesystem::copy_options::overwrite_existing);
    }
}

void writeSharedDemoPractice(const std::filesystem::path& file)
{
    std::filesystem::create_directories(file.parent_path());
    std::filesystem::remove(file);
    std::filesystem::remove_all(sharedDemoConfig(file));
    knotwork::testing::EnvironmentOverride config("XDG_CONFIG_HOME", sharedDemoConfig(file).string());
    createDemoPractice(file, demoPracticeOptions(kTestDemoClients, parseIsoDate(kTestDay, "day")), currentLoginName(),
                       [](int, int) { return true; });
}

void RunningApp::SetUp()
{
    wxSetAssertHandler(failOnAssert);
    m_home = std::make_unique<knotwork::testing::TempDir>();
    for (const auto& [name, folder] : {std::pair{"XDG_DATA_HOME", "data"}, {"XDG_CONFIG_HOME", "config"}})
        m_environment.push_back(std::make_unique<knotwork::testing::EnvironmentOverride>(
            name, (m_home->path() / folder).string()));
    m_environment.push_back(std::make_unique<knotwork::testing::EnvironmentOverride>(kClockVariable, kTestDay));
    useSharedDemoPractice();

    auto* app = new KnotworkApp;
    auto notifier = std::make_unique<RecordingNotifier>();
    g_notifier = notifier.get();
    app->useNotifier(std::move(notifier));
    wxApp::SetInstance(app);
    int argc = 1;
    char name[] = "knotwork";
    char* argv[] = {name, nullptr};
    ASSERT_TRUE(wxEntryStart(argc, argv));
    ASSERT_TRUE(app->CallOnInit());
    g_running = this;
    // The first launch asks for the new practice's details; the tests' default practice skips
    // them, as a person may (test_first_launch.cpp answers it on practices of its own). Then it
    // shows the recovery code of the practice's record key, once (test_record_checks.cpp).
    DialogAnswerer answers;
    answers.answer("welcome-dialog", [](wxDialog& welcome) {
        if (auto* skip = dynamic_cast<wxButton*>(welcome.FindWindow(wxID_CANCEL)))
            click(*skip);
    });
    answers.answer("recovery-code-dialog", [](wxDialog& code) { click(code, "recovery-code.written"); });
    processEvents();
    EXPECT_EQ(answers.answered("welcome-dialog"), 1);
    EXPECT_EQ(answers.answered("recovery-code-dialog"), 1);
}

void RunningApp::TearDown()
{
    if (wxTheApp) {
        if (wxWindow* top = wxTheApp->GetTopWindow())
            top->Destroy();
        processEvents();
        wxTheApp->OnExit();
        wxEntryCleanup();
    }
    g_running = nullptr;
    m_environment.clear();
    m_home.reset();
}

KnotworkApp& RunningApp::app()
{
    return wxGetApp();
}

MainFrame& RunningApp::mainFrame()
{
    return *app().mainFrame();
}

RecordingNotifier& RunningApp::notifier()
{
    return *g_notifier;
}

const std::filesystem::path& RunningApp::home()
{
    return g_running->m_home->path();
}

void processEvents()
{
    // Runs the real event loop for a moment: GTK lays out and paints only from inside it.
    wxGUIEventLoop loop;
    wxTimer stop;
    // ScheduleExit: a dialog's own loop may be running inside this one when the time is up.
    stop.Bind(wxEVT_TIMER, [&loop](wxTimerEvent&) { loop.ScheduleExit(); });
    stop.StartOnce(250);
    loop.Run();
}

} // namespace knotwork::gui::testing
