#include "practice_file_test.h"

#include <wx/button.h>
#include <wx/dialog.h>

#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "form_driver.h"
#include "gui_test_support.h"
#include "support/new_client.h"

namespace knotwork::gui::testing {

std::filesystem::path practiceWithOneClient(const std::string& stem, const std::string& passphrase,
                                            clients::ClientId* client)
{
    const std::filesystem::path file = RunningApp::home() / (stem + ".sqlite");
    std::filesystem::remove(file);
    app::PracticeContext practice(file, db::OpenMode::CreateIfMissing, "tester", RunningApp::mainFrame().clock(),
                                  passphrase);
    const clients::ClientId saved =
        practice.clientService().saveIntake(knotwork::testing::newClient(kSecretFamilyName, "Odile"));
    if (client)
        *client = saved;
    return file;
}

void PracticeFileTest::SetUp()
{
    RunningApp::notifier().errors.clear();
    RunningApp::notifier().information.clear();
}

void PracticeFileTest::TearDown()
{
    RunningApp::mainFrame().openPractice(defaultPractice(), db::OpenMode::ExistingOnly);
    processEvents();
    for (const RecordingNotifier::Message& error : RunningApp::notifier().errors)
        ADD_FAILURE() << "the app showed an error: " << error.title << ": " << error.text;
}

std::filesystem::path PracticeFileTest::defaultPractice()
{
    return RunningApp::home() / "data" / "knotwork" / "practice.sqlite";
}

void PracticeFileTest::ok(wxDialog& dialog)
{
    click(*dynamic_cast<wxButton*>(dialog.FindWindow(wxID_OK)));
}

long long PracticeFileTest::clientCount()
{
    auto& service = RunningApp::mainFrame().practice()->clientService();
    return service.clients().count({}, service.today());
}

} // namespace knotwork::gui::testing
