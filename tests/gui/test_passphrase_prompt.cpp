// Opening an encrypted practice asks for its passphrase; a wrong one is said beside the field.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>

#include "app/gui/main_frame.h"
#include "app/gui/passphrase_prompt.h"
#include "app/practice/practice_context.h"
#include "client_views.h"
#include "common/ui/accessibility.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "gui_test_support.h"
#include "practice_file_test.h"
#include "screenshot.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using namespace testing;

class PassphrasePromptTest : public PracticeFileTest {
protected:
    static PassphrasePrompt& prompt(wxDialog& dialog)
    {
        EXPECT_EQ(dialog.GetName(), "passphrase-prompt");
        return dynamic_cast<PassphrasePrompt&>(dialog);
    }
};

TEST_F(PassphrasePromptTest, AWrongPassphraseIsSaidBesideTheFieldAndTheRightOneOpensThePractice)
{
    const auto file = practiceWithOneClient("prompted", kTestPassphrase);
    bool asked = false;
    answerNextDialog([&](wxDialog& dialog) {
        PassphrasePrompt& shown = prompt(dialog);
        asked = true;
        EXPECT_TRUE(shown.field().HasFlag(wxTE_PASSWORD)) << "the passphrase shows as typed";
        EXPECT_EQ(ui::accessibleName(shown.field()), "Passphrase");
        EXPECT_TRUE(shown.problem().empty());
        saveScreenshot(dialog, "passphrase-prompt");

        type(dialog, "passphrase", "not the passphrase");
        ok(dialog);
        EXPECT_TRUE(dialog.IsModal()) << "a wrong passphrase closed the dialog";
        EXPECT_EQ(ui::toUtf8(shown.problem()), "That passphrase does not open this file.");
        EXPECT_EQ(shown.field().GetStringSelection(), "not the passphrase") << "what was typed is not selected";
        saveScreenshot(dialog, "passphrase-prompt-wrong");

        type(dialog, "passphrase", kTestPassphrase);
        ok(dialog);
    });
    ASSERT_TRUE(RunningApp::mainFrame().openChosenPractice(file, db::OpenMode::ExistingOnly));
    processEvents();
    EXPECT_TRUE(asked);
    ASSERT_EQ(RunningApp::mainFrame().practice()->database().path(), file);
    EXPECT_TRUE(RunningApp::mainFrame().practice()->database().encrypted());
    EXPECT_THAT(ui::toUtf8(RunningApp::mainFrame().GetStatusBar()->GetStatusText()), HasSubstr("Encrypted"));
}

TEST_F(PassphrasePromptTest, CancellingKeepsTheOpenPracticeWithoutAnErrorMessage)
{
    const auto file = practiceWithOneClient("cancelled", kTestPassphrase);
    answerNextDialog([&](wxDialog& dialog) {
        prompt(dialog);
        type(dialog, "passphrase", "half typed");
        click(*dynamic_cast<wxButton*>(dialog.FindWindow(wxID_CANCEL)));
    });
    EXPECT_FALSE(RunningApp::mainFrame().openChosenPractice(file, db::OpenMode::ExistingOnly));
    processEvents();
    EXPECT_EQ(RunningApp::mainFrame().practice()->database().path(), defaultPractice());
    EXPECT_TRUE(RunningApp::notifier().errors.empty());
}

TEST_F(PassphrasePromptTest, APlainPracticeOpensWithoutAsking)
{
    const auto file = practiceWithOneClient("plain", "");
    ASSERT_TRUE(RunningApp::mainFrame().openPractice(file, db::OpenMode::ExistingOnly));
    processEvents();
    EXPECT_FALSE(RunningApp::mainFrame().practice()->database().encrypted());
    EXPECT_THAT(ui::toUtf8(RunningApp::mainFrame().GetStatusBar()->GetStatusText()), ::testing::Not(HasSubstr("Encrypted")));
}

} // namespace
} // namespace knotwork::gui
