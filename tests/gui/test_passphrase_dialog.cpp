// File › Passphrase…: set, change and remove a practice's passphrase.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>

#include "app/gui/main_frame.h"
#include "app/gui/passphrase_change.h"
#include "app/gui/passphrase_dialog.h"
#include "app/practice/practice_context.h"
#include "client_views.h"
#include "common/error.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "gui_test_support.h"
#include "practice_file_test.h"
#include "screenshot.h"
#include "support/practice_files.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace testing;

class PassphraseDialogTest : public PracticeFileTest {
protected:
    static PassphraseDialog& shown(wxDialog& dialog)
    {
        EXPECT_EQ(dialog.GetName(), "passphrase-dialog");
        return dynamic_cast<PassphraseDialog&>(dialog);
    }

    static std::string status() { return ui::toUtf8(RunningApp::mainFrame().GetStatusBar()->GetStatusText()); }

    static bool opensWith(const std::filesystem::path& file, const std::string& passphrase)
    {
        try {
            app::PracticeContext practice(file, db::OpenMode::ExistingOnly, "tester", RunningApp::mainFrame().clock(),
                                          passphrase);
            return true;
        } catch (const PassphraseError&) {
            return false;
        }
    }
};

TEST_F(PassphraseDialogTest, SettingAPassphraseEncryptsTheFileAndTheAppKeepsWorking)
{
    const auto file = practiceWithOneClient("to-encrypt", "");
    ASSERT_TRUE(RunningApp::mainFrame().openPractice(file, db::OpenMode::ExistingOnly));
    answerNextDialog([&](wxDialog& dialog) {
        PassphraseDialog& passphrase = shown(dialog);
        EXPECT_EQ(passphrase.mode(), PassphraseDialog::Mode::Set);
        EXPECT_EQ(passphrase.currentField(), nullptr);
        auto& warning = child<wxWindow>(dialog, "passphrase-warning");
        EXPECT_TRUE(warning.IsShownOnScreen());
        wxString words = warning.GetLabel();
        words.Replace("\n", " ");  // as wrapped on screen
        EXPECT_THAT(ui::toUtf8(words), HasSubstr("Forgetting the passphrase loses the practice: no one, not even Knotwork"));
        saveScreenshot(dialog, "passphrase-dialog-set");

        type(dialog, "passphrase", "short");
        type(dialog, "repeated", "shorter");
        ok(dialog);
        EXPECT_TRUE(dialog.IsModal()) << "a passphrase too short was taken";
        EXPECT_THAT(ui::toUtf8(passphrase.markers().messageFor("passphrase")), HasSubstr("8"));
        EXPECT_FALSE(passphrase.markers().messageFor("repeated").empty()) << "the two differ";
        EXPECT_EQ(passphrase.newField().GetValue(), "short") << "what was typed is kept";
        saveScreenshot(dialog, "passphrase-dialog-set-problems");

        type(dialog, "passphrase", kTestPassphrase);
        type(dialog, "repeated", kTestPassphrase);
        ok(dialog);
    });
    changePassphraseOfOpenPractice(RunningApp::mainFrame());
    processEvents();

    ASSERT_EQ(RunningApp::mainFrame().practice()->database().path(), file);
    EXPECT_TRUE(RunningApp::mainFrame().practice()->database().encrypted());
    EXPECT_EQ(clientCount(), 1);
    EXPECT_THAT(status(), HasSubstr("Encrypted"));
    EXPECT_THAT(knotwork::testing::readBytes(file), Not(HasSubstr(kSecretFamilyName)));
    EXPECT_FALSE(opensWith(file, ""));
    ASSERT_EQ(RunningApp::notifier().information.size(), 1u);
    EXPECT_THAT(RunningApp::notifier().information[0].text, HasSubstr("encrypted"));
}

TEST_F(PassphraseDialogTest, AnEncryptedPracticesPassphraseIsChangedThenRemoved)
{
    const auto file = practiceWithOneClient("to-change", kTestPassphrase);
    ASSERT_TRUE(RunningApp::mainFrame().openPractice(file, db::OpenMode::ExistingOnly, kTestPassphrase));
    const std::string changed = "a different passphrase";
    answerNextDialog([&](wxDialog& dialog) {
        PassphraseDialog& passphrase = shown(dialog);
        EXPECT_EQ(passphrase.mode(), PassphraseDialog::Mode::Change);
        EXPECT_TRUE(child<wxWindow>(dialog, "passphrase-warning").IsShownOnScreen());
        saveScreenshot(dialog, "passphrase-dialog-change");
        type(dialog, "current", "not the current one");
        type(dialog, "passphrase", changed);
        type(dialog, "repeated", changed);
        ok(dialog);
        EXPECT_TRUE(dialog.IsModal()) << "a wrong current passphrase was taken";
        EXPECT_THAT(ui::toUtf8(passphrase.markers().messageFor("current")), HasSubstr("does not open"));
        type(dialog, "current", kTestPassphrase);
        ok(dialog);
    });
    changePassphraseOfOpenPractice(RunningApp::mainFrame());
    processEvents();
    ASSERT_EQ(RunningApp::mainFrame().practice()->database().path(), file);
    EXPECT_EQ(RunningApp::mainFrame().practice()->database().passphrase(), changed);
    EXPECT_FALSE(opensWith(file, kTestPassphrase));

    answerNextDialog([&](wxDialog& dialog) {
        PassphraseDialog& passphrase = shown(dialog);
        passphrase.choose(PassphraseDialog::Mode::Remove);
        EXPECT_FALSE(child<wxWindow>(dialog, "passphrase").IsShownOnScreen()) << "Remove asks for no new one";
        EXPECT_TRUE(child<wxWindow>(dialog, "remove-passphrase-note").IsShownOnScreen());
        saveScreenshot(dialog, "passphrase-dialog-remove");
        type(dialog, "current", changed);
        ok(dialog);
    });
    changePassphraseOfOpenPractice(RunningApp::mainFrame());
    processEvents();
    ASSERT_EQ(RunningApp::mainFrame().practice()->database().path(), file);
    EXPECT_FALSE(RunningApp::mainFrame().practice()->database().encrypted());
    EXPECT_EQ(clientCount(), 1);
    EXPECT_THAT(status(), Not(HasSubstr("Encrypted")));
    EXPECT_TRUE(opensWith(file, ""));
}

} // namespace
} // namespace knotwork::gui
