// The desktop app on a practice on a clinic server (issue 26, items 1, 2 and 6): File › Connect to
// a clinic server…, the server in the title and status bar, the file-only actions disabled with
// the reason, the server reopened at start-up, and a connection lost in the middle of a save.
// On the test server (scripts/test-server), with the tests' demo practice copied onto it.
#include <sys/stat.h>

#include <fstream>
#include <iterator>
#include <memory>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/config.h>
#include <wx/menu.h>
#include <wx/spinctrl.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>

#include "app/gui/demo_practice_file.h"
#include "app/gui/main_frame.h"
#include "app/gui/remembered_server.h"
#include "app/gui/server_connect_dialog.h"
#include "app/gui/server_connection_watch.h"
#include "app/mail/password_store.h"
#include "app/practice/practice_context.h"
#include "app/practice/practice_migration.h"
#include "clients/ui/intake_dialog.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_text.h"
#include "common/user_directories.h"
#include "db/practice_opener.h"
#include "client_views.h"
#include "form_driver.h"
#include "gui_test_support.h"
#include "screenshot.h"
#include "support/environment_override.h"
#include "support/scratch_server_database.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace testing;
using knotwork::testing::ScratchServerDatabase;
using knotwork::testing::serverQuery;

class ClinicServer : public ::testing::Test {
protected:
    // The tests' demo practice, copied once onto a database of the test server.
    static void SetUpTestSuite()
    {
        s_server = new ScratchServerDatabase;
        db::OpenedPractice demo = db::openPractice(demoPracticePath(), db::OpenMode::ExistingOnly, "test");
        app::migratePracticeToServer(*demo.database, db::ServerAddress::parse(s_server->uri()), "test");
    }

    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
    }

    void SetUp() override
    {
        RunningApp::notifier().errors.clear();
        // No desktop keyring here: the password goes to the 0600 file in the tests' config folder.
        std::filesystem::remove(mail::defaultPasswordFile(mail::PasswordPurpose::ClinicServer));
        wxConfigBase::Get()->DeleteGroup("/ClinicServer");
        rememberLastPracticeOnServer(false);
    }

    void TearDown() override
    {
        processEvents();
        frame().openPractice(defaultPracticePath(), db::OpenMode::ExistingOnly);
        processEvents();
    }

    static MainFrame& frame() { return RunningApp::mainFrame(); }
    static db::ServerAddress address() { return db::ServerAddress::parse(s_server->uri()); }
    static app::ServerLogin login() { return app::ServerLogin::of(address()); }
    static std::string password() { return app::ServerLogin::passwordOf(address()); }
    static std::string statusText(int field = 0) { return ui::toUtf8(frame().GetStatusBar()->GetStatusText(field)); }

    static void fillIn(ServerConnectDialog& dialog, const app::ServerLogin& typed, const std::string& typedPassword)
    {
        type(dialog, "host", ui::toWx(typed.host));
        dialog.portField().SetValue(typed.port);
        type(dialog, "database", ui::toWx(typed.database));
        type(dialog, "user", ui::toWx(typed.user));
        type(dialog, "password", ui::toWx(typedPassword));
    }

    // The menu item labelled `label` in the File menu, its state brought up to date.
    static wxMenuItem& fileItem(const wxString& label)
    {
        frame().UpdateWindowUI(wxUPDATE_UI_RECURSE);
        wxMenuBar* bar = frame().GetMenuBar();
        const int id = bar->FindMenuItem("File", label);
        if (id == wxNOT_FOUND)
            throw std::runtime_error("no File item " + label.utf8_string());
        frame().GetMenuBar()->GetMenu(0)->UpdateUI(&frame());
        return *bar->FindItem(id);
    }

    static ScratchServerDatabase* s_server;
    knotwork::testing::EnvironmentOverride m_noKeyring{"DBUS_SESSION_BUS_ADDRESS", std::string("unix:path=/nonexistent")};
};

ScratchServerDatabase* ClinicServer::s_server = nullptr;

TEST_F(ClinicServer, TheConnectDialogMarksWhatIsMissingKeepsWhatWasTypedWhenRefusedAndOpensThePractice)
{
    const ui::WorkAreaOverride smallLaptop(wxRect(0, 0, 1024, 600));
    bool sawEmptyFields = false;
    bool sawWrongPassword = false;
    answerNextDialog([&](wxDialog& shown) {
        auto& dialog = dynamic_cast<ServerConnectDialog&>(shown);
        EXPECT_EQ(dialog.portField().GetValue(), 5432) << "PostgreSQL's own port, unless told otherwise";
        EXPECT_FALSE(dialog.rememberBox().GetValue());
        EXPECT_LE(dialog.GetSize().GetWidth(), 1024);
        EXPECT_LE(dialog.GetSize().GetHeight(), 600);
        for (const char* name : {"host", "port", "database", "user", "password", "remember-password"})
            EXPECT_NO_THROW(child<wxWindow>(dialog, name)) << name << " is named for a screen reader";

        clickSave(dialog);
        EXPECT_TRUE(dialog.IsShown());
        EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("host")), HasSubstr("Server"));
        EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("database")), HasSubstr("Database"));
        EXPECT_THAT(ui::toUtf8(dialog.markers().messageFor("user")), HasSubstr("User name"));
        sawEmptyFields = true;

        fillIn(dialog, login(), "not-the-password");
        clickSave(dialog);
        EXPECT_TRUE(dialog.IsShown());
        EXPECT_THAT(ui::toUtf8(dialog.topMessage()), HasSubstr("password authentication failed"));
        EXPECT_EQ(ui::toUtf8(dialog.hostField().GetValue()), login().host) << "everything typed stays";
        EXPECT_EQ(ui::toUtf8(dialog.databaseField().GetValue()), login().database);
        EXPECT_EQ(ui::toUtf8(dialog.userField().GetValue()), login().user);
        EXPECT_EQ(dialog.passwordField().GetValue(), "not-the-password");
        EXPECT_LE(dialog.GetSize().GetWidth(), 1024) << "the server's long complaint wraps";
        EXPECT_LE(dialog.GetSize().GetHeight(), 600);
        sawWrongPassword = true;
        saveScreenshot(dialog, "server-connect-dialog-refused");

        type(dialog, "password", ui::toWx(password()));
        tick(dialog, "remember-password");
        saveScreenshot(dialog, "server-connect-dialog");
        clickSave(dialog);
    });
    ASSERT_TRUE(frame().connectToClinicServer());
    EXPECT_TRUE(sawEmptyFields);
    EXPECT_TRUE(sawWrongPassword);
    ASSERT_TRUE(frame().onClinicServer());
    EXPECT_THAT(RunningApp::notifier().errors, ::testing::IsEmpty());

    // Remembered: the server in the user config, never its password; the password in a 0600 file.
    const std::optional<app::ServerLogin> remembered = rememberedServer();
    ASSERT_TRUE(remembered);
    EXPECT_EQ(remembered->host, login().host);
    EXPECT_EQ(remembered->database, login().database);
    EXPECT_EQ(remembered->user, login().user);
    EXPECT_TRUE(lastPracticeOnServer());
    wxConfigBase::Get()->Flush();
    const std::filesystem::path config = userConfigDirectory() / "knotwork.conf";
    std::ifstream settings(config);
    const std::string settingsText((std::istreambuf_iterator<char>(settings)), std::istreambuf_iterator<char>());
    EXPECT_THAT(settingsText, HasSubstr(login().database));
    EXPECT_THAT(settingsText, Not(HasSubstr(password())));
    const std::filesystem::path kept = mail::defaultPasswordFile(mail::PasswordPurpose::ClinicServer);
    EXPECT_EQ(kept.filename(), "server-passwords.json");
    struct stat mode {};
    ASSERT_EQ(::stat(kept.c_str(), &mode), 0);
    EXPECT_EQ(mode.st_mode & 0777, 0600);
    EXPECT_EQ(keptServerPassword(login()), password());
}

TEST_F(ClinicServer, TheTitleAndStatusBarNameTheServerAndItsConnection)
{
    ASSERT_TRUE(frame().openPractice(app::PracticeLocation(address()), db::OpenMode::ExistingOnly));
    processEvents();
    EXPECT_THAT(statusText(), HasSubstr("Clinic server  ·  " + login().database + " on " + login().host));
    EXPECT_THAT(statusText(), ::testing::ContainsRegex("  ·  [0-9,]+ clients  ·  "));
    // The test server listens on a socket folder, where libpq uses no TLS.
    EXPECT_THAT(statusText(), HasSubstr("Unencrypted connection"));
    EXPECT_THAT(ui::toUtf8(frame().GetTitle()), HasSubstr("— Knotwork"));
    EXPECT_THAT(ui::toUtf8(frame().GetTitle()), Not(HasSubstr("Demo practice")));
    EXPECT_EQ(statusText(1), "Backed up by the clinic server") << "never a backup warning";
    EXPECT_FALSE(frame().showingDemo());
    saveScreenshot(frame(), "main-window-clinic-server");
}

TEST_F(ClinicServer, FileOnlyActionsAreDisabledAndSayWhy)
{
    ASSERT_TRUE(frame().openPractice(app::PracticeLocation(address()), db::OpenMode::ExistingOnly));
    processEvents();
    for (const wxString label : {"Back up now…", "Restore from a backup…", "Passphrase…"}) {
        wxMenuItem& item = fileItem(label);
        EXPECT_FALSE(item.IsEnabled()) << label;
        EXPECT_THAT(ui::toUtf8(item.GetHelp()), HasSubstr("clinic server")) << label;
    }
    EXPECT_TRUE(fileItem("Export practice…").IsEnabled());
    EXPECT_FALSE(frame().changePracticeFile([](const std::filesystem::path&, const std::string&) -> std::string {
        ADD_FAILURE() << "a practice on a server has no file to change";
        return {};
    }));

    // Back on a file the items work, with their own help.
    ASSERT_TRUE(frame().openPractice(defaultPracticePath(), db::OpenMode::ExistingOnly));
    EXPECT_TRUE(fileItem("Back up now…").IsEnabled());
    EXPECT_THAT(ui::toUtf8(fileItem("Back up now…").GetHelp()), Not(HasSubstr("clinic server")));
}

TEST_F(ClinicServer, AtStartUpTheServerOpenLastOpensAgainWithItsKeptPassword)
{
    rememberServer(login());
    rememberLastPracticeOnServer(true);
    keepServerPassword(login(), password());
    ASSERT_TRUE(frame().openLastPractice());
    EXPECT_TRUE(frame().onClinicServer());
    EXPECT_THAT(RunningApp::notifier().errors, ::testing::IsEmpty());

    // "Open my practice" from the demo practice goes back to the server.
    ASSERT_TRUE(frame().exploreDemoPractice(kTestDemoClients));
    ASSERT_TRUE(frame().showingDemo());
    EXPECT_TRUE(lastPracticeOnServer()) << "the demo practice is never one's own";
    EXPECT_TRUE(frame().openOwnPractice());  // GTK draws the banner's button itself
    EXPECT_TRUE(frame().onClinicServer());
}

TEST_F(ClinicServer, AtStartUpWithoutAKeptPasswordTheConnectDialogComesUpFilledIn)
{
    rememberServer(login());
    rememberLastPracticeOnServer(true);
    bool asked = false;
    answerNextDialog([&](wxDialog& shown) {
        auto& dialog = dynamic_cast<ServerConnectDialog&>(shown);
        asked = true;
        EXPECT_EQ(ui::toUtf8(dialog.hostField().GetValue()), login().host);
        EXPECT_EQ(ui::toUtf8(dialog.databaseField().GetValue()), login().database);
        EXPECT_EQ(ui::toUtf8(dialog.userField().GetValue()), login().user);
        EXPECT_EQ(dialog.passwordField().GetValue(), "");
        EXPECT_TRUE(dialog.FindFocus() == &dialog.passwordField()) << "the one field left to type";
        type(dialog, "password", ui::toWx(password()));
        clickSave(dialog);
    });
    ASSERT_TRUE(frame().openLastPractice());
    EXPECT_TRUE(asked);
    EXPECT_TRUE(frame().onClinicServer());
    EXPECT_FALSE(keptServerPassword(login())) << "not asked to remember it";
}

TEST_F(ClinicServer, AKeptPasswordTheServerRefusesBringsTheDialogUpSayingWhy)
{
    rememberServer(login());
    rememberLastPracticeOnServer(true);
    keepServerPassword(login(), "an-old-password");
    answerNextDialog([&](wxDialog& shown) {
        auto& dialog = dynamic_cast<ServerConnectDialog&>(shown);
        EXPECT_THAT(ui::toUtf8(dialog.topMessage()), HasSubstr("password authentication failed"));
        EXPECT_EQ(dialog.passwordField().GetValue(), "an-old-password");
        EXPECT_TRUE(dialog.rememberBox().GetValue());
        dialog.EndModal(wxID_CANCEL);
    });
    EXPECT_FALSE(frame().openLastPractice());
}

TEST_F(ClinicServer, ALostConnectionKeepsWhatWasTypedReconnectsByItselfAndTheSameSaveWorks)
{
    ASSERT_TRUE(frame().openPractice(app::PracticeLocation(address()), db::OpenMode::ExistingOnly));
    app::PracticeContext& practice = *frame().practice();
    const clients::ClientId id = 1;
    const clients::IntakeRecord record = practice.clientService().clients().chart(id).intakeRecord();
    auto* dialog = new clients::ui::IntakeDialog(&frame(), practice.clientService(), record);
    dialog->Show();
    processEvents();
    type(*dialog, "phone", "613 555 0199");

    // The server restarts: it ends the app's connection, and takes no new one for a while.
    const std::string admin = knotwork::testing::testServerAdminUri();
    serverQuery(admin, "ALTER DATABASE " + s_server->name() + " ALLOW_CONNECTIONS false");
    serverQuery(admin, "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '"
                           + s_server->name() + "'");
    clickSave(*dialog);
    EXPECT_TRUE(dialog->IsShown());
    EXPECT_THAT(ui::toUtf8(dialog->topMessage()),
                HasSubstr("The connection to the clinic server was lost. What you typed is still here; Knotwork is "
                          "reconnecting."));
    EXPECT_EQ(child<wxTextCtrl>(*dialog, "phone").GetValue(), "613 555 0199");

    frame().connection().check();
    EXPECT_TRUE(frame().connection().reconnecting());
    EXPECT_EQ(frame().connection().barText(), "Reconnecting to the clinic server…");
    saveScreenshot(frame(), "main-window-clinic-server-reconnecting");

    serverQuery(admin, "ALTER DATABASE " + s_server->name() + " ALLOW_CONNECTIONS true");
    frame().connection().check();
    EXPECT_FALSE(frame().connection().reconnecting());
    EXPECT_THAT(ui::toUtf8(frame().connection().barText()), HasSubstr("Reconnected"));

    clickSave(*dialog);
    EXPECT_EQ(dialog->GetReturnCode(), wxID_OK) << ui::toUtf8(dialog->topMessage());
    EXPECT_EQ(practice.clientService().clients().chart(id).client.phone, "613 555 0199");
    dialog->Destroy();
}

} // namespace
} // namespace knotwork::gui
