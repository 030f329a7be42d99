// A new practice asks once for its name and the therapist's (skippable), and the window's title
// shows the practice's name, following the settings.
#include <atomic>
#include <functional>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/menu.h>
#include <wx/stattext.h>

#include "app/gui/knotwork_app.h"
#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "client_views.h"
#include "dialog_answerer.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "gui_test_support.h"
#include "screenshot.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using namespace testing;

class FirstLaunch : public ::testing::Test {
protected:
    void SetUp() override { RunningApp::notifier().errors.clear(); }

    void TearDown() override
    {
        MainFrame& frame = RunningApp::mainFrame();
        frame.openPractice(RunningApp::home() / "data" / "knotwork" / "practice.sqlite", db::OpenMode::ExistingOnly);
        processEvents();
        for (const RecordingNotifier::Message& error : RunningApp::notifier().errors)
            ADD_FAILURE() << "the app showed an error: " << error.title << ": " << error.text;
    }

    static std::filesystem::path newPracticeFile()
    {
        static std::atomic<int> practices = 0;
        return RunningApp::home() / ("first-launch-" + std::to_string(++practices) + ".sqlite");
    }

    // Opens the practice as the person does (at start-up, File › Open practice…), and answers
    // the welcome with `answer` if it asks. True when it asked.
    static bool askedOnOpening(const std::filesystem::path& file, db::OpenMode mode,
                               const std::function<void(wxDialog&)>& answer)
    {
        bool asked = false;
        DialogAnswerer answers;  // a new practice's recovery code follows the welcome
        answers.answer("recovery-code-dialog", [](wxDialog& code) { click(code, "recovery-code.written"); });
        EXPECT_TRUE(RunningApp::mainFrame().openChosenPractice(file, mode));
        // Runs after the window's own question, inside it when it is showing.
        wxTheApp->CallAfter([&] {
            for (wxWindow* window : wxTopLevelWindows) {
                auto* dialog = dynamic_cast<wxDialog*>(window);
                if (dialog && dialog->IsModal() && dialog->GetName() == "welcome-dialog") {
                    asked = true;
                    answer(*dialog);
                }
            }
        });
        processEvents();
        return asked;
    }

    static void skip(wxDialog& welcome) { click(*dynamic_cast<wxButton*>(welcome.FindWindow(wxID_CANCEL))); }

    static clients::PracticeSettings settings()
    {
        return RunningApp::mainFrame().practice()->clientService().settings();
    }

    static std::string title() { return ui::toUtf8(RunningApp::mainFrame().GetTitle()); }
};

TEST_F(FirstLaunch, ANewPracticeAsksForItsNameAndTheTherapistsOnceAndTheTitleShowsIt)
{
    const std::filesystem::path file = newPracticeFile();
    std::string intro;
    const bool asked = askedOnOpening(file, db::OpenMode::CreateIfMissing, [&](wxDialog& welcome) {
        EXPECT_EQ(welcome.GetTitle(), "Welcome to Knotwork");
        intro = ui::toUtf8(child<wxStaticText>(welcome, "welcome-intro").GetLabelText());
        EXPECT_EQ(welcome.FindWindow(wxID_CANCEL)->GetLabel(), "S&kip for now");
        type(welcome, "practice_name", "  Harbourside Massage Therapy ");
        type(welcome, "therapist_name", "Amélie Côté");
        type(welcome, "credentials", "RMT");
        type(welcome, "licence_number", "RMT 12345");
        processEvents();
        saveScreenshot(welcome, "welcome-dialog");
        clickSave(welcome);
    });
    ASSERT_TRUE(asked) << "a new practice asks for its details";
    EXPECT_THAT(intro, HasSubstr("name of your practice"));

    const clients::PracticeSettings saved = settings();
    EXPECT_EQ(saved.practiceName, "Harbourside Massage Therapy");
    EXPECT_EQ(saved.therapistName, "Amélie Côté");
    EXPECT_EQ(saved.credentials, "RMT");
    EXPECT_EQ(saved.licenceNumber, "RMT 12345");
    EXPECT_FALSE(saved.neverSaved());
    EXPECT_EQ(title(), "Harbourside Massage Therapy — Knotwork");
    saveScreenshot(RunningApp::mainFrame(), "main-window-practice-name");

    // Opened again, later, it asks nothing.
    EXPECT_TRUE(RunningApp::mainFrame().openPractice(RunningApp::home() / "data" / "knotwork" / "practice.sqlite",
                                                     db::OpenMode::ExistingOnly));
    EXPECT_FALSE(askedOnOpening(file, db::OpenMode::ExistingOnly, skip));
    EXPECT_EQ(title(), "Harbourside Massage Therapy — Knotwork");
}

TEST_F(FirstLaunch, SkippingLeavesTheDetailsForLaterAndIsNotAskedAgain)
{
    const std::filesystem::path file = newPracticeFile();
    ASSERT_TRUE(askedOnOpening(file, db::OpenMode::CreateIfMissing, skip));
    const clients::PracticeSettings kept = settings();
    EXPECT_EQ(kept.practiceName, "");
    EXPECT_EQ(kept.therapistName, "");
    EXPECT_FALSE(kept.neverSaved()) << "that it was asked is kept in the practice";
    EXPECT_EQ(title(), file.filename().string() + " — Knotwork") << "no name: the file names the practice";

    EXPECT_FALSE(askedOnOpening(file, db::OpenMode::ExistingOnly, skip));
}

TEST_F(FirstLaunch, APracticeWithClientsOrOpenedInPassingIsNotAsked)
{
    // A practice someone already works in: clients, settings never opened.
    const std::filesystem::path used = newPracticeFile();
    {
        app::PracticeContext practice(used, db::OpenMode::CreateIfMissing, "tester", RunningApp::app().clock());
        clients::IntakeRecord record;
        record.client.familyName = "Martin";
        record.client.givenNames = "Zoë";
        practice.clientService().saveIntake(record);
    }
    EXPECT_FALSE(askedOnOpening(used, db::OpenMode::ExistingOnly, skip));

    // A screen (or a test) opening a new practice in passing asks nothing either.
    EXPECT_TRUE(RunningApp::mainFrame().openPractice(newPracticeFile(), db::OpenMode::CreateIfMissing));
    processEvents();
    EXPECT_TRUE(settings().neverSaved());
}

TEST_F(FirstLaunch, TheTitleFollowsThePracticeSettings)
{
    const std::filesystem::path file = newPracticeFile();
    ASSERT_TRUE(askedOnOpening(file, db::OpenMode::CreateIfMissing, [](wxDialog& welcome) {
        type(welcome, "practice_name", "Knot Free Massage");
        clickSave(welcome);
    }));
    ASSERT_EQ(title(), "Knot Free Massage — Knotwork");

    // File › Practice settings…, as the menu runs it.
    MainFrame& frame = RunningApp::mainFrame();
    const int settingsItem = frame.GetMenuBar()->FindMenuItem("File", "Practice settings…");
    ASSERT_NE(settingsItem, wxNOT_FOUND);
    answerNextDialog([](wxDialog& dialog) {
        type(dialog, "practice_name", "Zoë's Massage Studio");
        clickSave(dialog);
    });
    wxCommandEvent chosen(wxEVT_MENU, settingsItem);
    frame.ProcessWindowEvent(chosen);
    processEvents();
    EXPECT_EQ(title(), "Zoë's Massage Studio — Knotwork");
}

} // namespace
} // namespace knotwork::gui
